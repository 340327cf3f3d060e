namespace ProviderBenchmark;

/// <summary>Progress lines on standard error, so that standard output holds only the report.</summary>
public static class Log
{
    public static void Progress(string what) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what}");
}
