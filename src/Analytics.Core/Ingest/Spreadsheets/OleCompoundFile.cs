using System.Buffers.Binary;
using System.Text;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Just enough of the OLE compound file format (MS-CFB) to list the names of the streams in its
/// directory: an encrypted workbook holds "EncryptedPackage", a legacy .xls holds "Workbook".
/// </summary>
internal static class OleCompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatCount = 109;
    private const int DirectoryEntrySize = 128;
    private const int MaxSectorsVisited = 100_000;

    /// <summary>The names of all streams and storages in the directory; null when the structure is broken.</summary>
    public static IReadOnlyList<string>? EntryNames(Stream stream)
    {
        try
        {
            return ReadEntryNames(stream);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static List<string>? ReadEntryNames(Stream stream)
    {
        var header = new byte[512];
        if (ReadAt(stream, 0, header) < header.Length) return null;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (shift is not (9 or 12)) return null;
        var sectorSize = 1 << shift;
        var fatSectors = FatSectorLocations(stream, header, sectorSize);

        var names = new List<string>();
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        var buffer = new byte[sectorSize];
        var fatCache = new Dictionary<int, byte[]>();
        for (var visited = 0; sector != EndOfChain && visited < MaxSectorsVisited; visited++)
        {
            if (ReadAt(stream, ((long)sector + 1) * sectorSize, buffer) < sectorSize) return null;
            for (var offset = 0; offset < sectorSize; offset += DirectoryEntrySize)
            {
                var entry = buffer.AsSpan(offset, DirectoryEntrySize);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
                var type = entry[0x42];
                if (type == 0 || nameBytes < 2 || nameBytes > 64) continue;
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }
            sector = NextSector(stream, fatSectors, fatCache, sector, sectorSize);
        }
        return names;
    }

    /// <summary>Where the sectors of the allocation table are: 109 in the header, the rest in a chain of DIFAT sectors.</summary>
    private static List<uint> FatSectorLocations(Stream stream, byte[] header, int sectorSize)
    {
        var count = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
        var locations = new List<uint>();
        for (var i = 0; i < HeaderDifatCount && locations.Count < count; i++)
            locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + 4 * i)));

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        var buffer = new byte[sectorSize];
        var perSector = sectorSize / 4 - 1;
        for (var visited = 0; difat < EndOfChain && locations.Count < count && visited < MaxSectorsVisited; visited++)
        {
            if (ReadAt(stream, ((long)difat + 1) * sectorSize, buffer) < sectorSize) break;
            for (var i = 0; i < perSector && locations.Count < count; i++)
                locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * perSector));
        }
        return locations;
    }

    private static uint NextSector(Stream stream, List<uint> fatSectors, Dictionary<int, byte[]> cache, uint sector, int sectorSize)
    {
        var perSector = sectorSize / 4;
        var index = (int)(sector / perSector);
        if (index >= fatSectors.Count) return EndOfChain;
        if (!cache.TryGetValue(index, out var fat))
        {
            fat = new byte[sectorSize];
            if (ReadAt(stream, ((long)fatSectors[index] + 1) * sectorSize, fat) < sectorSize) return EndOfChain;
            cache[index] = fat;
        }
        return BinaryPrimitives.ReadUInt32LittleEndian(fat.AsSpan((int)(sector % perSector) * 4));
    }

    private static int ReadAt(Stream stream, long offset, byte[] buffer)
    {
        if (offset < 0 || offset >= stream.Length) return 0;
        stream.Position = offset;
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
    }
}
