using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace Analytics.Core.Ingest.Store;

/// <summary>
/// A counter in the data directory's <c>generation</c> file (8 bytes), raised by every publish right after the
/// <c>current</c> pointer is switched. A reader maps the file into memory and compares the counter on each request: a
/// memory read, no system call, and the same page in every process on the machine, so a switch is seen as soon as the
/// publishing call returns, whichever process made it.
/// </summary>
public sealed class StoreGeneration : IDisposable
{
    public const string FileName = "generation";

    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;

    private StoreGeneration(MemoryMappedFile file, MemoryMappedViewAccessor view)
    {
        this.file = file;
        this.view = view;
    }

    /// <summary>The counter now.</summary>
    public long Value => view.ReadInt64(0);

    /// <summary>
    /// Maps the counter of the store at <paramref name="root"/> for reading, creating the file when it is missing (a
    /// store last published by an older program). Null when the directory does not exist or the file cannot be made.
    /// </summary>
    public static StoreGeneration? Open(string root)
    {
        var path = Path.Combine(root, FileName);
        try
        {
            if (!File.Exists(path))
            {
                using var created = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                RandomAccess.Write(created, stackalloc byte[sizeof(long)], 0); // the counter at 0
            }
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length < sizeof(long))
            {
                stream.Dispose();
                return null;
            }
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            return new StoreGeneration(file, file.CreateViewAccessor(0, sizeof(long), MemoryMappedFileAccess.Read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a missing or read-only directory: the reader checks the pointer itself
        }
    }

    /// <summary>Raises the counter of the store at <paramref name="root"/>; the caller holds the store's writer lock.</summary>
    /// <remarks>Written with a plain write, not through a mapping: a full disk gives an IOException, never a fault.</remarks>
    public static void Raise(string root)
    {
        using var handle = File.OpenHandle(Path.Combine(root, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        var value = RandomAccess.Read(handle, bytes, 0) == sizeof(long) ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : 0;
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value + 1);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void Dispose()
    {
        view.Dispose();
        file.Dispose();
    }
}
