using System.Net;
using System.Net.Sockets;

namespace Analytics.Tests.Support;

/// <summary>A TCP port on loopback that nothing listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until something accepts connections on the port.</summary>
    public static void WaitUntilListening(int port, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"nothing listens on 127.0.0.1:{port} after {timeout.TotalSeconds} s. {diagnostics?.Invoke()}");
                Thread.Sleep(50);
            }
        }
    }
}
