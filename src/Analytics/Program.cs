using Analytics.Cli;

return await CommandLine.RunAsync(args);
