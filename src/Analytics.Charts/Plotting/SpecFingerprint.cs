using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Charts.Specs;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Plotting;

/// <summary>A hash of everything a spec draws (its kind, every property, the member colours): equal specs give equal fingerprints.</summary>
internal static class SpecFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new MemberColorsConverter() } };

    public static string Of(ChartSpec spec)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(spec, spec.GetType(), Options);
        var kind = System.Text.Encoding.UTF8.GetBytes(spec.GetType().Name);
        return Convert.ToHexStringLower(SHA256.HashData([.. kind, .. json]));
    }

    private sealed class MemberColorsConverter : JsonConverter<MemberColors>
    {
        public override MemberColors Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, MemberColors value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (member, color) in value.Registered) writer.WriteString(member, color);
            writer.WriteEndObject();
        }
    }
}
