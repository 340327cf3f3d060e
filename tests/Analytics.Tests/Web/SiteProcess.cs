using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Analytics.Tests.Ingest;

namespace Analytics.Tests.Web;

/// <summary>A real <c>analytics serve</c> process on a free loopback port, for the browser tests.</summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder log = new();

    private SiteProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public string Log
    {
        get
        {
            lock (log) return log.ToString();
        }
    }

    public static SiteProcess Start(string dataDirectory, params string[] extra)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = AnalyticsProcess.Start(["serve", "--urls", url, "--data", dataDirectory, "--Site:DemoWhenEmpty", "false", .. extra]);
        var site = new SiteProcess(process, url);
        process.OutputDataReceived += (_, e) => site.Append(e.Data);
        process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"analytics serve exited with {process.ExitCode}:\n{site.Log}");
            try
            {
                if (client.GetAsync(url + "/healthz").Result.StatusCode == HttpStatusCode.OK) return site;
            }
            catch (AggregateException)
            {
                // not listening yet
            }
            Thread.Sleep(200);
        }
        site.Dispose();
        throw new TimeoutException($"analytics serve did not answer within 60 s:\n{site.Log}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
