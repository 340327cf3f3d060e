using Analytics.Core.Ingest.Store;
using Analytics.Tests.Ingest;
using Analytics.Tests.Shared;

namespace KillHarness;

/// <summary>What a data version holds, independent of its id and build time: its files by name and SHA-256, and the content of the four ledger tables.</summary>
public sealed record LedgerState(string Files, string Content)
{
    /// <summary>The state of the current version of <paramref name="store"/>; also checks that the database is the version the pointer names.</summary>
    public static LedgerState Of(DataStore store)
    {
        var id = store.CurrentId ?? throw new InvalidOperationException("no current version");
        var manifest = store.ReadManifest(id) ?? throw new InvalidOperationException($"version {id} has no readable manifest");
        using (var connection = store.OpenCurrent())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "select id from raw.version";
            var inside = command.ExecuteScalar() as string;
            if (inside != id) throw new InvalidOperationException($"the pointer names {id} but its database says {inside}");
        }
        var files = string.Join("\n", manifest.Files.Select(f => $"{f.Name} {f.Sha256}"));
        return new LedgerState(files, StoreDigest.Content(store));
    }
}
