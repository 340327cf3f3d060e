using Analytics.Core.Ingest.Store;
using Analytics.Web;

namespace Analytics.Tests.Web;

/// <summary>How the site learns of a new current version without reading the pointer on every request.</summary>
public sealed class CurrentVersionWatchTests
{
    private string root = null!;
    private DataStore store = null!;

    [SetUp]
    public void CreateStore()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-watch-tests", Guid.NewGuid().ToString("N")[..12]);
        foreach (var id in new[] { "v1", "v2", "v3" })
        {
            Directory.CreateDirectory(Path.Combine(root, "versions", id));
            File.WriteAllText(Path.Combine(root, "versions", id, DataStore.DatabaseFileName), "");
        }
        store = new DataStore(root);
        SwitchPointer("v1");
    }

    [TearDown]
    public void DeleteStore() => Directory.Delete(root, recursive: true);

    /// <summary>What another process's import does: a new pointer file renamed over the old one (no event in this process).</summary>
    private void SwitchPointer(string id)
    {
        File.WriteAllText(Path.Combine(root, "current.tmp"), id);
        File.Move(Path.Combine(root, "current.tmp"), Path.Combine(root, "current"), overwrite: true);
    }

    [Test]
    public void A_pointer_switched_by_another_process_is_seen_through_the_file_watch()
    {
        using var watch = new CurrentVersionWatch(store, recheck: TimeSpan.FromHours(1));
        Assert.That(watch.Current(), Is.EqualTo(("v1", true)));
        Assert.That(watch.Current(), Is.EqualTo(("v1", false)));
        Assert.That(watch.Watching, Is.True);

        SwitchPointer("v2");
        // Only the watch can report it: the next scheduled check is an hour away.
        var seen = watch.Current();
        for (var waited = 0; seen.Id != "v2" && waited < 10_000; waited += 10)
        {
            Thread.Sleep(10);
            seen = watch.Current();
        }
        Assert.That(seen, Is.EqualTo(("v2", true)));
        Assert.That(watch.Current(), Is.EqualTo(("v2", false)));
    }

    [Test]
    public void Without_a_watch_the_pointer_is_read_on_every_call()
    {
        using var watch = new CurrentVersionWatch(store, recheck: TimeSpan.FromHours(1), watchFiles: false);
        Assert.That(watch.Current(), Is.EqualTo(("v1", true)));
        Assert.That(watch.Watching, Is.False);
        SwitchPointer("v3");
        Assert.That(watch.Current(), Is.EqualTo(("v3", true)));
        SwitchPointer("v2");
        Assert.That(watch.Current(), Is.EqualTo(("v2", true)));
    }

    [Test]
    public void A_store_without_a_current_version_has_none_until_its_first_pointer()
    {
        File.Delete(Path.Combine(root, "current"));
        using var watch = new CurrentVersionWatch(store, recheck: TimeSpan.FromHours(1), watchFiles: false);
        Assert.That(watch.Current().Id, Is.Null);
        SwitchPointer("v1");
        Assert.That(watch.Current(), Is.EqualTo(("v1", true)));
    }

    [Test]
    public void A_missing_data_directory_is_watched_once_it_exists()
    {
        var later = new DataStore(Path.Combine(root, "later"));
        using var watch = new CurrentVersionWatch(later, recheck: TimeSpan.FromHours(1));
        Assert.That(watch.Current().Id, Is.Null);
        Assert.That(watch.Watching, Is.False);
        Directory.CreateDirectory(later.Root);
        Assert.That(watch.Current().Id, Is.Null);
        Assert.That(watch.Watching, Is.True);
    }
}
