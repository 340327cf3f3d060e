using System.Security.Cryptography;
using System.Text;
using Analytics.Core.Ingest.Store;
using DuckDB.NET.Data;

namespace Analytics.Tests.Shared;

/// <summary>
/// A fingerprint of what a data directory serves: the <c>current</c> pointer, the current manifest's
/// bytes, the versions kept, and every raw table's row count and content hash read through
/// <see cref="DataStore.OpenCurrent"/>. Two equal digests mean nobody could tell the data apart.
/// </summary>
/// <remarks>Compiled into both test projects that check imports (linked from <c>tests/Shared</c>).</remarks>
internal static class StoreDigest
{
    private static readonly string[] Tables = ["projects", "funds", "targets", "activities", "version"];

    public static string Take(DataStore store)
    {
        var text = new StringBuilder();
        var pointer = Path.Combine(store.Root, "current");
        text.Append("current: ").AppendLine(File.Exists(pointer) ? File.ReadAllText(pointer) : "(none)");
        text.Append("versions: ").AppendLine(string.Join(", ", store.Versions().Select(v => v.Id)));
        if (store.CurrentId is not { } id) return text.ToString();

        text.Append("manifest sha256: ").AppendLine(Sha256(File.ReadAllBytes(Path.Combine(store.VersionsDirectory, id, "manifest.json"))));
        using var connection = store.OpenCurrent();
        foreach (var table in Tables) text.Append("raw.").Append(table).Append(": ").AppendLine(TableDigest(connection, table));
        return text.ToString();
    }

    /// <summary>The content of the four ledger tables only: equal for two versions built from the same files at different times.</summary>
    public static string Content(DataStore store)
    {
        using var connection = store.OpenCurrent();
        return string.Join("\n", Tables[..^1].Select(t => $"raw.{t}: {TableDigest(connection, t)}"));
    }

    /// <summary>Row count and an MD5 of all rows in a fixed order.</summary>
    public static string TableDigest(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) || ' ' || coalesce(md5(string_agg(t::varchar, '|' order by t::varchar)), '-') from raw.{table} t";
        return (string)command.ExecuteScalar()!;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
