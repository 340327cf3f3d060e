using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Analytics.Charts;
using Analytics.Charts.Specs;

namespace Analytics.Mail;

/// <summary>
/// Chart PNGs for digests, rasterised once per distinct chart and data version rather than once per
/// recipient: the key is the chart's fingerprint (a hash of its spec, which holds every figure drawn), and the cache is emptied when
/// the data version changes. Counts renders, reuses and the time spent rasterising.
/// </summary>
public sealed class ChartImages
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> images = new(StringComparer.Ordinal);
    private readonly object versionGate = new();
    private string? version;
    private long rendered;
    private long requests;
    private long rasterTicks;

    /// <summary>Device pixels per CSS pixel (2 for high-density screens).</summary>
    public double Scale { get; init; } = 2;

    /// <summary>Charts rasterised so far.</summary>
    public long Rendered => Interlocked.Read(ref rendered);

    /// <summary>Requests answered from the cache.</summary>
    public long Reused => Interlocked.Read(ref requests) - Rendered;

    /// <summary>Time spent drawing PNGs, all threads together.</summary>
    public TimeSpan RasterTime => TimeSpan.FromTicks(Interlocked.Read(ref rasterTicks));

    /// <summary>The PNG of <paramref name="spec"/> drawn from data version <paramref name="dataVersion"/>.</summary>
    public byte[] Png(string dataVersion, ChartSpec spec)
    {
        lock (versionGate)
        {
            if (version != dataVersion)
            {
                images.Clear();
                version = dataVersion;
            }
        }
        var key = Chart.Fingerprint(spec);
        Interlocked.Increment(ref requests);
        return images.GetOrAdd(key, _ => new Lazy<byte[]>(() => Rasterise(spec))).Value;
    }

    private byte[] Rasterise(ChartSpec spec)
    {
        var clock = Stopwatch.StartNew();
        var png = Chart.RenderPng(spec, Scale);
        Interlocked.Add(ref rasterTicks, clock.Elapsed.Ticks);
        Interlocked.Increment(ref rendered);
        return png;
    }
}
