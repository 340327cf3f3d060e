using System.Buffers;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Reads CSV records (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks;
/// lines end in CRLF, LF or CR) from a <see cref="CsvCharSource"/>, one record per call. Fields are
/// cut straight out of the character buffer; only a field that spans two buffers is copied first.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private const int BufferSize = 1 << 16;

    /// <summary>Longest field accepted, in characters: far above Excel's 32,767, it stops a missing closing quote from swallowing the file.</summary>
    public const int MaxFieldLength = 1 << 20;

    private readonly CsvCharSource source;
    private readonly string fileName;
    private readonly string sheetName;
    private readonly char delimiter;
    private readonly SearchValues<char> fieldEnds;
    private readonly char[] buffer = ArrayPool<char>.Shared.Rent(BufferSize);
    private readonly List<Cell> cells = new(16);
    private char[] field = new char[256];
    private int fieldLength;
    private int position;
    private int end;
    private int record;

    public CsvReader(CsvCharSource source, string fileName, string sheetName)
    {
        this.source = source;
        this.fileName = fileName;
        this.sheetName = sheetName;
        end = source.Read(buffer.AsSpan(0, BufferSize));
        delimiter = CsvDelimiterSniffer.Sniff(buffer.AsSpan(0, end));
        fieldEnds = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>The next record as a row numbered from 1, or null at the end of the file.</summary>
    public SheetRow? Next()
    {
        record++;
        if (!HasChar())
        {
            record--;
            return null;
        }
        cells.Clear();
        while (!ReadField())
        {
        }

        var count = cells.Count;
        while (count > 0 && cells[count - 1].Kind == CellKind.Empty) count--;
        if (count == 0) return new SheetRow(record, []);
        var row = new Cell[count];
        cells.CopyTo(0, row, 0, count);
        return new SheetRow(record, row);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        source.Dispose();
    }

    /// <summary>Reads one field and adds it to the row; true when it was the record's last.</summary>
    private bool ReadField()
    {
        fieldLength = 0;
        if (!HasChar()) return Emit([], true);
        if (buffer[position] == '"') return ReadQuotedField();
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            var at = span.IndexOfAny(fieldEnds);
            if (at < 0)
            {
                Append(span);
                position = end;
                if (!HasChar()) return Emit([], true);
                continue;
            }
            var c = span[at];
            position += at + 1;
            Emit(span[..at]);
            if (c == delimiter) return false;
            // Only now: looking past a CR may read the next buffer over the span just used.
            if (c == '\r') SkipLineFeed();
            return true;
        }
    }

    private bool ReadQuotedField()
    {
        position++;
        while (true)
        {
            if (!HasChar()) return Emit([], true);
            var span = buffer.AsSpan(position, end - position);
            var at = span.IndexOf('"');
            if (at < 0)
            {
                Append(span);
                position = end;
                continue;
            }
            Append(span[..at]);
            position += at + 1;
            if (!HasChar()) return Emit([], true);
            if (buffer[position] != '"') break;
            Append("\"");
            position++;
        }

        // After the closing quote: anything up to the delimiter is kept, as Excel does with "ab"c.
        while (HasChar())
        {
            var c = buffer[position++];
            if (c == delimiter) return Emit([], false);
            if (c == '\n') return Emit([], true);
            if (c == '\r')
            {
                Emit([]);
                SkipLineFeed();
                return true;
            }
            Append([c]);
        }
        return Emit([], true);
    }

    private bool Emit(ReadOnlySpan<char> tail, bool endOfRecord)
    {
        Emit(tail);
        return endOfRecord;
    }

    /// <summary>Adds the field (what was appended so far, then <paramref name="tail"/>) as a cell.</summary>
    private void Emit(ReadOnlySpan<char> tail)
    {
        if (cells.Count < CellReference.MaxColumns)
        {
            string? text;
            if (fieldLength == 0) text = tail.IsEmpty ? null : new string(tail);
            else
            {
                Append(tail);
                text = new string(field, 0, fieldLength);
            }
            cells.Add(text is null ? Cell.Empty : new Cell(CellKind.Text, text, 0));
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (fieldLength + chars.Length > field.Length)
        {
            if (fieldLength + chars.Length > MaxFieldLength) throw SpreadsheetErrors.FieldTooLong(fileName, sheetName, record);
            Array.Resize(ref field, Math.Min(MaxFieldLength, Math.Max(field.Length * 2, fieldLength + chars.Length)));
        }
        chars.CopyTo(field.AsSpan(fieldLength));
        fieldLength += chars.Length;
    }

    private void SkipLineFeed()
    {
        if (HasChar() && buffer[position] == '\n') position++;
    }

    /// <summary>Whether a character is available at <see cref="position"/>, reading the next buffer when needed.</summary>
    private bool HasChar()
    {
        if (position < end) return true;
        position = 0;
        end = source.Read(buffer.AsSpan(0, BufferSize));
        if (end == 0 && source.FoundInvalidUtf8) throw SpreadsheetErrors.MixedEncoding(fileName, sheetName, record);
        return end > 0;
    }
}
