using System.Diagnostics;

namespace SiteBenchmark;

/// <summary>Debian's nginx serving one static file from a private prefix: the reference for the cached page.</summary>
internal sealed class NginxServer : IDisposable
{
    private readonly Process process;

    private NginxServer(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The master process (its workers are its children).</summary>
    public int ProcessId => process.Id;

    public static NginxServer Start(string prefix, byte[] page, int port)
    {
        Directory.CreateDirectory(Path.Combine(prefix, "www"));
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        File.WriteAllBytes(Path.Combine(prefix, "www", "index.html"), page);
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, $$"""
            worker_processes {{Environment.ProcessorCount}};
            daemon off;
            user root;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                keepalive_requests 1000000;
                keepalive_timeout 65;
                types { text/html html; }
                server {
                    listen 127.0.0.1:{{port}};
                    root {{prefix}}/www;
                    index index.html;
                    location / { charset utf-8; }
                }
            }
            """);
        var start = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", prefix, "-c", config }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var server = new NginxServer(process, $"http://127.0.0.1:{port}/");
        Probe.WaitUntilUp(server.Url, process);
        return server;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
