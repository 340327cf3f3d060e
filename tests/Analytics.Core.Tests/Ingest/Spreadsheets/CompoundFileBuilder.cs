using System.Buffers.Binary;
using System.Text;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

/// <summary>
/// Writes a minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) whose directory holds
/// the given streams, each empty: enough to look like a legacy .xls or an encrypted workbook.
/// </summary>
internal static class CompoundFileBuilder
{
    private const int SectorSize = 512;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    public static byte[] Build(params string[] streamNames)
    {
        var entries = new List<(string Name, byte Type)> { ("Root Entry", 5) };
        entries.AddRange(streamNames.Select(n => (n, (byte)2)));
        var directorySectors = (entries.Count + 3) / 4;

        var file = new byte[SectorSize * (2 + directorySectors)];
        var header = file.AsSpan(0, SectorSize);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);          // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);          // directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain); // no DIFAT sectors
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0);          // the FAT is sector 0

        var fat = file.AsSpan(SectorSize, SectorSize);
        for (var i = 0; i < SectorSize / 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        for (var s = 0; s < directorySectors; s++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * (1 + s))..], s == directorySectors - 1 ? EndOfChain : (uint)(2 + s));

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = file.AsSpan(SectorSize * 2 + 128 * i, 128);
            var name = Encoding.Unicode.GetBytes(entries[i].Name + "\0");
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)name.Length);
            entry[0x42] = entries[i].Type;
            entry[0x43] = 1; // black
            // Streams hang off the root as a chain of right siblings.
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], i == 0 || i == entries.Count - 1 ? NoStream : (uint)(i + 1));
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], i == 0 && entries.Count > 1 ? 1u : NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], EndOfChain);
        }
        return file;
    }
}
