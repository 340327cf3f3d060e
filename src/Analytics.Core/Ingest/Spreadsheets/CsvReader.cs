using Sylvan.Data.Csv;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Reads CSV records (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks;
/// lines end in CRLF, LF or CR) with Sylvan.Data.Csv, one record per call, as rows numbered from 1.
/// What stays ours around the parser: the text encoding (<see cref="CsvCharSource"/>), the delimiter
/// (<see cref="CsvDelimiterSniffer"/>) and errors that name the record.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private const int SampleSize = 1 << 16;

    /// <summary>Longest field accepted, in characters: far above Excel's 32,767, it stops a missing closing quote from swallowing the file.</summary>
    public const int MaxFieldLength = 1 << 20;

    /// <summary>Most fields in a record: Excel's column limit; a wider record is refused, not cut.</summary>
    public const int MaxFields = CellReference.MaxColumns;

    private readonly CsvDataReader reader;
    private readonly string fileName;
    private readonly string sheetName;
    private int record;

    public CsvReader(CsvCharSource source, string fileName, string sheetName)
    {
        this.fileName = fileName;
        this.sheetName = sheetName;
        var sample = new char[SampleSize];
        var length = 0;
        int read;
        while (length < SampleSize && (read = source.Read(sample.AsSpan(length))) > 0) length += read;
        var text = new CsvTextReader(source, sample, length);
        reader = CsvDataReader.Create(text, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = CsvDelimiterSniffer.Sniff(sample.AsSpan(0, length)),
            Comment = '\uFFFF',
            // Excel keeps stray text after a closing quote ("ab"c is abc) and a quote inside an unquoted field.
            CsvStyle = CsvStyle.Lax,
            BufferSize = SampleSize,
            // A record must fit the buffer, so no field can be longer.
            MaxBufferSize = MaxFieldLength,
            OwnsReader = true,
        });
    }

    /// <summary>The next record as a row numbered from 1, or null at the end of the file.</summary>
    public SheetRow? Next()
    {
        record++;
        try
        {
            if (!reader.Read())
            {
                record--;
                return null;
            }
        }
        catch (CsvTextReader.InvalidUtf8Exception)
        {
            throw SpreadsheetErrors.MixedEncoding(fileName, sheetName, record);
        }
        catch (CsvTextReader.Utf8InGb18030Exception)
        {
            throw SpreadsheetErrors.Utf8InGb18030(fileName, sheetName, record);
        }
        catch (CsvRecordTooLargeException)
        {
            throw SpreadsheetErrors.FieldTooLong(fileName, sheetName, record);
        }

        var count = reader.RowFieldCount;
        if (count > MaxFields) throw SpreadsheetErrors.TooManyColumns(fileName, sheetName, record, count);
        while (count > 0 && reader.GetFieldSpan(count - 1).IsEmpty) count--;
        if (count == 0) return new SheetRow(record, []);
        var row = new Cell[count];
        for (var i = 0; i < count; i++)
        {
            var field = reader.GetFieldSpan(i);
            if (field.Length > MaxFieldLength) throw SpreadsheetErrors.FieldTooLong(fileName, sheetName, record);
            if (field.Contains('\0')) throw SpreadsheetErrors.NulByte(fileName, sheetName, record, i);
            row[i] = field.IsEmpty ? Cell.Empty : new Cell(CellKind.Text, new string(field), 0);
        }
        return new SheetRow(record, row);
    }

    public void Dispose() => reader.Dispose();
}
