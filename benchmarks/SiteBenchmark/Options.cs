using System.Globalization;

namespace SiteBenchmark;

/// <summary>The command line: <c>--duration S --warmup S --connections N --threads N --cold N --scale N --data DIR</c>.</summary>
internal sealed record Options(int Duration = 60, int Warmup = 10, int Connections = 256, int Threads = 2, int Cold = 300, int Scale = 1000, string? Data = null)
{
    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            int Int() => int.Parse(value, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--duration" => options with { Duration = Int() },
                "--warmup" => options with { Warmup = Int() },
                "--connections" => options with { Connections = Int() },
                "--threads" => options with { Threads = Int() },
                "--cold" => options with { Cold = Int() },
                "--scale" => options with { Scale = Int() },
                "--data" => options with { Data = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}: --duration S --warmup S --connections N --threads N --cold N --scale N --data DIR"),
            };
        }
        return options;
    }
}
