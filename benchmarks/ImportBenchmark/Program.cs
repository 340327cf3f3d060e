using ImportBenchmark;

// Child modes, measured from outside by the benchmark itself.
if (args is ["--import-only", .. var importArgs]) return ImportOnlyMode.Run(importArgs);
if (args is ["--read-csv-floor", .. var floorArgs]) return ReadCsvFloorMode.Run(floorArgs);
if (args is ["--stages", .. var stageArgs]) return StagesMode.Run(stageArgs);

var options = BenchmarkOptions.Parse(args);
if (options.PrepareOnly)
{
    foreach (var scale in options.Scales)
        foreach (var format in options.Formats) DemoCache.Files(options, scale, format);
    return 0;
}
var measurements = BenchmarkRunner.Run(options);
return ResultsReport.Print(Console.Out, options, measurements) ? 0 : 1;
