using System.Buffers.Binary;
using System.Text;

namespace Analytics.Charts.Text;

/// <summary>
/// Reads the horizontal metrics of one face of an OpenType font or collection (.otf, .ttf, .ttc):
/// the code point → glyph map (cmap) and the advance widths (hmtx), in font units.
/// Only what text measurement needs; glyph outlines and kerning are not read.
/// </summary>
internal sealed class OpenTypeFont
{
    private readonly Dictionary<int, int> _glyphByCodePoint;
    private readonly ushort[] _advances;

    private OpenTypeFont(string family, int unitsPerEm, int ascender, int descender,
        Dictionary<int, int> glyphByCodePoint, ushort[] advances)
    {
        Family = family;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        _glyphByCodePoint = glyphByCodePoint;
        _advances = advances;
    }

    /// <summary>The family name (name ID 1), e.g. "Noto Sans CJK SC".</summary>
    public string Family { get; }

    /// <summary>Font units per em (1000 for Noto Sans CJK).</summary>
    public int UnitsPerEm { get; }

    /// <summary>Typographic ascender (OS/2), in font units above the baseline.</summary>
    public int Ascender { get; }

    /// <summary>Typographic descender (OS/2), in font units, negative below the baseline.</summary>
    public int Descender { get; }

    /// <summary>The code points the face maps to a glyph, ascending.</summary>
    public IEnumerable<int> CodePoints => _glyphByCodePoint.Keys.Order();

    /// <summary>Advance width of a code point in font units, or null where the face has no glyph.</summary>
    public int? Advance(int codePoint) =>
        _glyphByCodePoint.TryGetValue(codePoint, out var glyph)
            ? _advances[Math.Min(glyph, _advances.Length - 1)]
            : null;

    /// <summary>Opens the face whose family name is <paramref name="family"/> from a font file or collection.</summary>
    public static OpenTypeFont Load(string path, string family)
    {
        var data = File.ReadAllBytes(path);
        foreach (var offset in FaceOffsets(data))
        {
            var tables = ReadTableDirectory(data, offset);
            if (ReadFamily(data, tables) == family)
                return Read(data, tables, family);
        }
        throw new InvalidDataException($"No face named '{family}' in {path}.");
    }

    private static IEnumerable<int> FaceOffsets(byte[] data)
    {
        if (Tag(data, 0) != "ttcf")
        {
            yield return 0;
            yield break;
        }
        var count = U32(data, 8);
        for (var i = 0; i < count; i++)
            yield return (int)U32(data, 12 + 4 * i);
    }

    private static Dictionary<string, int> ReadTableDirectory(byte[] data, int faceOffset)
    {
        var count = U16(data, faceOffset + 4);
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = faceOffset + 12 + 16 * i;
            tables[Tag(data, record)] = (int)U32(data, record + 8);
        }
        return tables;
    }

    private static OpenTypeFont Read(byte[] data, Dictionary<string, int> tables, string family)
    {
        var head = tables["head"];
        var hhea = tables["hhea"];
        var os2 = tables["OS/2"];
        var numberOfHMetrics = U16(data, hhea + 34);
        var numGlyphs = U16(data, tables["maxp"] + 4);
        var advances = new ushort[Math.Max(numGlyphs, numberOfHMetrics)];
        var hmtx = tables["hmtx"];
        for (var g = 0; g < advances.Length; g++)
            advances[g] = U16(data, hmtx + 4 * Math.Min(g, numberOfHMetrics - 1));
        return new OpenTypeFont(family, U16(data, head + 18), S16(data, os2 + 68), S16(data, os2 + 70),
            ReadCmap(data, tables["cmap"]), advances);
    }

    private static string? ReadFamily(byte[] data, Dictionary<string, int> tables)
    {
        var name = tables["name"];
        var count = U16(data, name + 2);
        var strings = name + U16(data, name + 4);
        for (var i = 0; i < count; i++)
        {
            var r = name + 6 + 12 * i;
            // Windows platform, Unicode BMP encoding, US English, family name.
            if (U16(data, r) == 3 && U16(data, r + 2) == 1 && U16(data, r + 4) == 0x409 && U16(data, r + 6) == 1)
                return Encoding.BigEndianUnicode.GetString(data, strings + U16(data, r + 10), U16(data, r + 8));
        }
        return null;
    }

    private static Dictionary<int, int> ReadCmap(byte[] data, int cmap)
    {
        var count = U16(data, cmap + 2);
        int? format4 = null;
        for (var i = 0; i < count; i++)
        {
            var r = cmap + 4 + 8 * i;
            var sub = cmap + (int)U32(data, r + 4);
            if (U16(data, r) != 3) continue;
            var format = U16(data, sub);
            if (format == 12) return ReadFormat12(data, sub);
            if (format == 4) format4 = sub;
        }
        return format4 is { } f4 ? ReadFormat4(data, f4) : throw new InvalidDataException("No Unicode cmap.");
    }

    private static Dictionary<int, int> ReadFormat12(byte[] data, int sub)
    {
        var groups = (int)U32(data, sub + 12);
        var map = new Dictionary<int, int>();
        for (var i = 0; i < groups; i++)
        {
            var g = sub + 16 + 12 * i;
            var start = (int)U32(data, g);
            var end = (int)U32(data, g + 4);
            var glyph = (int)U32(data, g + 8);
            for (var c = start; c <= end; c++)
                map[c] = glyph + (c - start);
        }
        return map;
    }

    private static Dictionary<int, int> ReadFormat4(byte[] data, int sub)
    {
        var segments = U16(data, sub + 6) / 2;
        var ends = sub + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        var map = new Dictionary<int, int>();
        for (var s = 0; s < segments; s++)
        {
            int start = U16(data, starts + 2 * s), end = U16(data, ends + 2 * s);
            int delta = S16(data, deltas + 2 * s), rangeOffset = U16(data, rangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = U16(data, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) map[c] = glyph;
            }
        }
        return map;
    }

    private static string Tag(byte[] d, int o) => Encoding.ASCII.GetString(d, o, 4);
    private static ushort U16(byte[] d, int o) => BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(o));
    private static short S16(byte[] d, int o) => BinaryPrimitives.ReadInt16BigEndian(d.AsSpan(o));
    private static uint U32(byte[] d, int o) => BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(o));
}
