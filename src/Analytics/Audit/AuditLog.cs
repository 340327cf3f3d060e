using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analytics.Audit;

/// <summary>
/// The audit log, <c>DATA/audit.jsonl</c>: one JSON object a line, only ever appended to (each line is written whole
/// with one append and flushed, so the site, the drop folder and the command line can write at once). It lives outside
/// the versioned data: no import or retention step touches it.
/// </summary>
public sealed class AuditLog(string dataDirectory)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lock Gate = new();

    public string Path { get; } = FilePath(dataDirectory);

    public static string FilePath(string dataDirectory) => System.IO.Path.Combine(dataDirectory, "audit.jsonl");

    public void Append(AuditEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        lock (Gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The entries, oldest first, of <paramref name="user"/> (any when null) from <paramref name="from"/> to <paramref name="to"/> (dates inclusive, local time).</summary>
    public IEnumerable<AuditEntry> Read(string? user = null, DateOnly? from = null, DateOnly? to = null)
    {
        if (!File.Exists(Path)) yield break;
        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            AuditEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<AuditEntry>(line, Json);
            }
            catch (JsonException)
            {
                continue; // a line torn by a crash mid-write
            }
            if (entry is null || (user is not null && entry.User != user)) continue;
            var day = DateOnly.FromDateTime(entry.At.LocalDateTime);
            if ((from is { } f && day < f) || (to is { } t && day > t)) continue;
            yield return entry;
        }
    }
}
