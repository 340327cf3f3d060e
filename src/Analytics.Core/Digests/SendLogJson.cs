using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Core.Digests;

/// <summary>The JSON form of send and run records: one object per line, camelCase, statuses as words, Chinese unescaped.</summary>
internal static class SendLogJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Parses one line; null for a line cut short by a crash or otherwise unreadable.</summary>
    public static T? TryParse<T>(string line) where T : class
    {
        if (line.Length == 0) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(line, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
