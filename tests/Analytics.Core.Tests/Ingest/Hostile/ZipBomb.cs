using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Hostile;

/// <summary>
/// Builds xlsx packages whose parts inflate to far more than the file holds: a part is a prefix, a
/// unit repeated <c>count</c> times and a suffix, deflated once per megabyte of units and the
/// compressed block of one such megabyte repeated (valid, since every block finds the same window
/// before it). A 2 GiB part takes about 2 MB. The zip is written by hand so that the sizes it
/// declares can be the true ones or lies.
/// </summary>
internal static class ZipBomb
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A part made of <paramref name="prefix"/>, <paramref name="unit"/> × <paramref name="count"/>, <paramref name="suffix"/>; <paramref name="declared"/> overrides the size the zip states.</summary>
    public sealed record Part(string Name, string Prefix, string Unit, long Count, string Suffix, long? Declared = null);

    /// <summary>A workbook of one sheet 项目 with the given sheet and shared-strings parts.</summary>
    public static string Write(string directory, string name, Part sheet, Part? sharedStrings = null)
    {
        var entries = new List<(string Name, byte[] Data, bool Deflated, uint Crc, long Size)>();
        uint crc = 0;
        void Small(string partName, string xml)
        {
            var bytes = Encoding.UTF8.GetBytes(xml);
            entries.Add((partName, bytes, false, Crc32.Append(0, bytes), bytes.Length));
        }
        Small("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        Small("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Small("xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets><sheet name=\"项目\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Small("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        foreach (var part in new[] { sheet, sharedStrings })
        {
            if (part is null) continue;
            var (data, size) = Deflate(part, ref crc);
            // A bomb's CRC is left 0: every bomb is refused before its end, where the CRC is checked.
            entries.Add((part.Name, data, true, crc, part.Declared ?? size));
        }

        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        var offsets = new List<long>();
        foreach (var entry in entries)
        {
            offsets.Add(file.Position);
            file.Write(Header(0x04034b50, entry.Name, entry.Deflated, entry.Crc, entry.Data.Length, entry.Size, central: false, 0));
            file.Write(entry.Data);
        }
        var directoryStart = file.Position;
        for (var i = 0; i < entries.Count; i++)
            file.Write(Header(0x02014b50, entries[i].Name, entries[i].Deflated, entries[i].Crc, entries[i].Data.Length, entries[i].Size, central: true, offsets[i]));
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)(file.Position - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)directoryStart);
        file.Write(end);
        return path;
    }

    private static (byte[] Data, long Size) Deflate(Part part, ref uint crc)
    {
        crc = 0;
        var unit = Encoding.UTF8.GetBytes(part.Unit);
        var chunkUnits = unit.Length == 0 ? 1 : Math.Max(1, (1 << 20) / unit.Length);
        var chunk = new byte[chunkUnits * unit.Length];
        for (var i = 0; i < chunkUnits; i++) unit.CopyTo(chunk, i * unit.Length);
        var prefix = Encoding.UTF8.GetBytes(part.Prefix);
        var suffix = Encoding.UTF8.GetBytes(part.Suffix);

        using var output = new MemoryStream();
        if (part.Count < 2L * chunkUnits)
        {
            using (var plain = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                plain.Write(prefix);
                for (var i = 0L; i < part.Count; i++) plain.Write(unit);
                plain.Write(suffix);
            }
            var text = Encoding.UTF8.GetBytes(part.Prefix + string.Concat(Enumerable.Repeat(part.Unit, (int)part.Count)) + part.Suffix);
            crc = Crc32.Append(0, text);
            return (output.ToArray(), prefix.Length + unit.LongLength * part.Count + suffix.Length);
        }
        byte[] repeated;
        long repeats;
        long tailStart;
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(prefix);
            deflate.Write(chunk);
            deflate.Flush();
            var first = output.Length;
            deflate.Write(chunk);
            deflate.Flush();
            tailStart = output.Length;
            repeated = output.GetBuffer()[(int)first..(int)tailStart];
            var left = part.Count - 2L * chunkUnits;
            repeats = Math.Max(0, left / chunkUnits);
            for (var i = 0L; i < left - repeats * chunkUnits; i++) deflate.Write(unit);
            deflate.Write(suffix);
        }
        var all = output.ToArray();
        var result = new byte[all.Length + repeated.Length * repeats];
        all.AsSpan(0, (int)tailStart).CopyTo(result);
        for (var i = 0L; i < repeats; i++) repeated.CopyTo(result, tailStart + i * repeated.Length);
        all.AsSpan((int)tailStart).CopyTo(result.AsSpan((int)(tailStart + repeats * repeated.Length)));
        return (result, prefix.Length + unit.LongLength * part.Count + suffix.Length);
    }

    private static byte[] Header(uint signature, string name, bool deflated, uint crc, long compressed, long size, bool central, long offset)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var fixedLength = central ? 46 : 30;
        var header = new byte[fixedLength + nameBytes.Length];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, signature);
        var at = central ? 6 : 4;
        if (central) BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], 0x0800);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], (ushort)(deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 14)..], (uint)compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 18)..], (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 22)..], (ushort)nameBytes.Length);
        if (central) BinaryPrimitives.WriteUInt32LittleEndian(span[42..], (uint)offset);
        nameBytes.CopyTo(span[fixedLength..]);
        return header;
    }
}
