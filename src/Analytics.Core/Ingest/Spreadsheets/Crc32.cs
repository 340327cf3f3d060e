using System.Buffers.Binary;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// The CRC-32 of zip entries (IEEE 802.3, reflected), eight bytes a step, so that a sheet whose bytes
/// changed without breaking the compressed stream is still caught: the zip reader does not check it.
/// </summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320;

    private static readonly uint[][] Tables = BuildTables();

    /// <summary>The checksum of what was hashed before (<paramref name="crc"/>, 0 at first) followed by <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var t = Tables;
        crc = ~crc;
        while (data.Length >= 8)
        {
            var one = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var two = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t[7][one & 0xFF] ^ t[6][(one >> 8) & 0xFF] ^ t[5][(one >> 16) & 0xFF] ^ t[4][one >> 24]
                ^ t[3][two & 0xFF] ^ t[2][(two >> 8) & 0xFF] ^ t[1][(two >> 16) & 0xFF] ^ t[0][two >> 24];
            data = data[8..];
        }
        foreach (var b in data) crc = t[0][(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        tables[0] = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++) c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            tables[0][i] = c;
        }
        for (var k = 1; k < 8; k++)
        {
            tables[k] = new uint[256];
            for (var i = 0; i < 256; i++) tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFF];
        }
        return tables;
    }
}
