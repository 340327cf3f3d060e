using Analytics.Core.Ingest.Store;
using Analytics.Web;

namespace Analytics.Tests.Web;

/// <summary>How the site learns of a new current version without reading the pointer on every request.</summary>
public sealed class CurrentVersionCacheTests
{
    private string root = null!;
    private DataStore store = null!;
    private int published;

    [SetUp]
    public void CreateStore()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-version-tests", Guid.NewGuid().ToString("N")[..12]);
        store = new DataStore(root);
        published = 0;
        Publish(store);
    }

    [TearDown]
    public void DeleteStore() => Directory.Delete(root, recursive: true);

    /// <summary>Publishes an empty version through <paramref name="through"/>, as an import does, and returns its id.</summary>
    private string Publish(DataStore through)
    {
        var id = $"v{++published}";
        var build = through.NewBuildDirectory();
        File.WriteAllText(Path.Combine(build, DataStore.DatabaseFileName), "");
        through.Publish(build, new VersionManifest(id, published, DateTimeOffset.UtcNow, null, [], new Dictionary<string, long>(), 0));
        return id;
    }

    [Test]
    public void A_version_published_by_another_process_is_seen_by_the_next_call()
    {
        using var cache = new CurrentVersionCache(store, recheck: TimeSpan.FromHours(1));
        Assert.That(cache.Current(), Is.EqualTo(("v1", true)));
        Assert.That(cache.Current(), Is.EqualTo(("v1", false)));
        Assert.That(cache.UsesGeneration, Is.True);
        // Another DataStore on the same directory is what another process has: nothing in this process is told.
        var other = new DataStore(root);
        for (var i = 0; i < 200; i++)
        {
            var id = Publish(other);
            Assert.That(cache.Current(), Is.EqualTo((id, true)), $"publish {i}");
            Assert.That(cache.Current(), Is.EqualTo((id, false)), $"publish {i}, asked again");
        }
    }

    [Test]
    public void While_other_threads_read_every_publish_is_seen_as_soon_as_it_returns()
    {
        using var cache = new CurrentVersionCache(store, recheck: TimeSpan.FromHours(1));
        using var stop = new CancellationTokenSource();
        using var started = new CountdownEvent(4);
        var calls = new int[4];
        // Threads of their own, each reading before the first publish (a busy thread pool may start tasks late).
        var readers = Enumerable.Range(0, 4).Select(reader => new Thread(() =>
        {
            do
            {
                cache.Current();
                if (calls[reader]++ == 0) started.Signal();
            }
            while (!stop.IsCancellationRequested);
        })).ToList();
        readers.ForEach(thread => thread.Start());
        started.Wait();
        var stale = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var id = Publish(store);
            if (cache.Current().Id != id) stale.Add(id);
        }
        stop.Cancel();
        readers.ForEach(thread => thread.Join());
        Assert.That(calls, Is.All.GreaterThan(0));
        Assert.That(stale, Is.Empty);
    }

    [Test]
    public void A_pointer_switched_without_the_counter_is_seen_at_the_next_recheck()
    {
        using var cache = new CurrentVersionCache(store, recheck: TimeSpan.FromMilliseconds(50));
        Assert.That(cache.Current().Id, Is.EqualTo("v1"));
        Publish(store);
        Assert.That(cache.Current(), Is.EqualTo(("v2", true)));
        // An older program switches the pointer back to v1 by hand and does not raise the counter.
        File.WriteAllText(Path.Combine(root, "current.tmp"), "v1");
        File.Move(Path.Combine(root, "current.tmp"), Path.Combine(root, "current"), overwrite: true);
        Thread.Sleep(100);
        Assert.That(cache.Current(), Is.EqualTo(("v1", true)));
    }

    [Test]
    public void Without_the_counter_the_pointer_is_read_on_every_call()
    {
        using var cache = new CurrentVersionCache(store, recheck: TimeSpan.FromHours(1), useGeneration: false);
        Assert.That(cache.Current(), Is.EqualTo(("v1", true)));
        Assert.That(cache.UsesGeneration, Is.False);
        File.WriteAllText(Path.Combine(root, "current"), "");
        Assert.That(cache.Current(), Is.EqualTo(((string?)null, true)));
        File.WriteAllText(Path.Combine(root, "current"), "v1");
        Assert.That(cache.Current(), Is.EqualTo(("v1", true)));
    }

    [Test]
    public void The_counter_is_made_for_a_store_without_one_and_rises_with_each_publish()
    {
        File.Delete(Path.Combine(root, StoreGeneration.FileName)); // a store last published by an older program
        using (var cache = new CurrentVersionCache(store, recheck: TimeSpan.FromHours(1)))
        {
            Assert.That(cache.Current().Id, Is.EqualTo("v1"));
            Assert.That(cache.UsesGeneration, Is.True);
        }
        using var generation = StoreGeneration.Open(root)!;
        Assert.That(generation.Value, Is.EqualTo(0));
        Publish(store);
        Publish(new DataStore(root));
        Assert.That(generation.Value, Is.EqualTo(2));
    }

    [Test]
    public void A_data_directory_made_later_is_used_once_it_exists()
    {
        var later = new DataStore(Path.Combine(root, "later"));
        using var cache = new CurrentVersionCache(later, recheck: TimeSpan.FromHours(1));
        Assert.That(cache.Current().Id, Is.Null);
        Assert.That(cache.UsesGeneration, Is.False);
        var id = Publish(later);
        Assert.That(cache.Current(), Is.EqualTo((id, true)), "the pointer is read on every call while there is no counter");
    }
}
