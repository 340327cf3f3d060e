using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Analytics.Tests.Support;

/// <summary>
/// A real SMTP server for the tests: Debian's python3-aiosmtpd on a free loopback port, storing every
/// message it accepts in a Maildir. <see cref="Stop"/> and <see cref="Start"/> take it down and bring it back
/// on the same port; messages are read with Python's MIME parser.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private Process? process;
    private readonly StringBuilder errors = new();

    public SmtpServer(bool start = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "analytics-smtp", Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        Port = FreePort.Next();
        if (start) Start();
    }

    public string Root { get; }

    public string Maildir => Path.Combine(Root, "Maildir");

    public int Port { get; }

    public bool Running => process is { HasExited: false };

    /// <summary>Freezes the server (SIGSTOP): conversations under way stop where they are.</summary>
    public void Freeze()
    {
        if (process is { HasExited: false }) Signals.Send(process.Id, "STOP");
    }

    public void Start()
    {
        if (Running) return;
        if (!File.Exists(Python)) Assert.Ignore("python3 is not installed: run scripts/setup.sh test");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(arg);
        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        FreePort.WaitUntilListening(Port, TimeSpan.FromSeconds(20), () =>
        {
            lock (errors) return process.HasExited ? $"aiosmtpd exited: {errors}" : errors.ToString();
        });
    }

    public void Stop()
    {
        if (process is null) return;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    /// <summary>Files of the messages stored so far.</summary>
    public IReadOnlyList<string> MessageFiles()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>Every stored message, parsed.</summary>
    public IReadOnlyList<MailMessageJson> Messages() => Parse(MessageFiles());

    /// <summary>Parses message files (.eml or Maildir) with Python's MIME parser.</summary>
    public static IReadOnlyList<MailMessageJson> Parse(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return [];
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Support", "mime_json.py"));
        foreach (var file in files) start.ArgumentList.Add(file);
        using var parser = Process.Start(start)!;
        var output = parser.StandardOutput.ReadToEndAsync();
        var error = parser.StandardError.ReadToEndAsync();
        parser.WaitForExit();
        if (parser.ExitCode != 0) throw new InvalidOperationException("mime_json.py failed: " + error.Result);
        return JsonSerializer.Deserialize<List<MailMessageJson>>(output.Result, Json)!;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages are stored.</summary>
    public void WaitForMessages(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (MessageFiles().Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{MessageFiles().Count} of {count} messages after {timeout.TotalSeconds} s");
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
