namespace Analytics.Web;

/// <summary>Counts the renders that reached the data (cache misses): the health page shows it, and the stampede test reads it.</summary>
public sealed class RenderCounter
{
    private long pages;
    private long charts;
    private long api;

    public long Pages => Interlocked.Read(ref pages);

    public long Charts => Interlocked.Read(ref charts);

    public long Api => Interlocked.Read(ref api);

    public void Page() => Interlocked.Increment(ref pages);

    public void Chart() => Interlocked.Increment(ref charts);

    public void ApiCall() => Interlocked.Increment(ref api);
}
