using System.Diagnostics;
using System.Text;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Support;

/// <summary>
/// <c>analytics serve</c> as a separate process, configured by environment variables (<c>Smtp__Host</c>, …) as an
/// operator would; its console output is kept for failure messages. <see cref="Kill"/> ends it at once (SIGKILL).
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public ServeProcess(string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        Port = FreePort.Next();
        var start = CliRun.StartInfo(["serve", "--data", dataDirectory, "--urls", Url]);
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}";

    public int Id => process.Id;

    public bool Exited => process.HasExited;

    /// <summary>Everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Waits until the process prints a line containing <paramref name="text"/>.</summary>
    public void WaitForOutput(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited) throw new InvalidOperationException($"analytics serve exited ({process.ExitCode}) before printing \"{text}\":\n{Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"analytics serve did not print \"{text}\" in {timeout.TotalSeconds} s:\n{Output}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Ends the process at once, as a crash or a power cut would.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Asks the process to stop (SIGTERM) and waits for it.</summary>
    public void Stop(TimeSpan timeout)
    {
        if (process.HasExited) return;
        Signals.Send(process.Id, "TERM");
        if (!process.WaitForExit(timeout)) Kill();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
