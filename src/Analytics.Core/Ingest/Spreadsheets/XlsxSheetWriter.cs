using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A sheet being written, row after row.</summary>
public sealed partial class XlsxSheetWriter
{
    /// <summary>The longest text a cell holds (Excel's limit), in characters.</summary>
    public const int MaxTextLength = 32_767;

    private const int DateStyle = 1;
    private const int DateTimeStyle = 2;
    private const int BoldOffset = 3;

    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);
    private static readonly DateOnly LeapBugEnd = new(1900, 3, 1);
    private static readonly DateOnly FirstSerialDate = new(1900, 1, 1);
    private static readonly string[] ColumnNames = BuildColumnNames(702); // A..ZZ

    private readonly StreamWriter _out;
    private readonly List<string> _merges = [];
    private readonly char[] _rowDigits = new char[8];
    private int _rowDigitCount;
    private double[]? _columnWidths;
    private bool _started;
    private bool _finished;

    internal XlsxSheetWriter(string name, Stream entry)
    {
        Name = name;
        _out = new StreamWriter(entry, new UTF8Encoding(false), 1 << 16);
    }

    /// <summary>The sheet's name as given to <see cref="XlsxWriter.AddSheet"/>.</summary>
    public string Name { get; }

    /// <summary>The number of rows written so far (the next row is <c>RowCount + 1</c>).</summary>
    public int RowCount { get; private set; }

    /// <summary>Sets the widths of the first columns, in characters of the default font; call before the first row.</summary>
    public void SetColumnWidths(params ReadOnlySpan<double> widths)
    {
        EnsureOpen();
        if (_started)
        {
            throw new InvalidOperationException("Column widths must be set before the first row is written.");
        }

        foreach (var width in widths)
        {
            if (!double.IsFinite(width) || width <= 0 || width > 255)
            {
                throw new ArgumentOutOfRangeException(nameof(widths), width, "A column width is more than 0 and at most 255 characters.");
            }
        }

        _columnWidths = widths.ToArray();
    }

    /// <summary>
    /// Writes the next row. Cell values: null (empty), string, int, long, double, decimal, bool,
    /// DateOnly and DateTime (written as Excel serials with a date format), <see cref="XlsxFormula"/>.
    /// </summary>
    public void WriteRow(params ReadOnlySpan<object?> cells) => WriteRow(cells, bold: false);

    /// <summary>Writes the next row in bold, as for a title or header row; values as for <see cref="WriteRow(ReadOnlySpan{object?})"/>.</summary>
    public void WriteHeaderRow(params ReadOnlySpan<object?> cells) => WriteRow(cells, bold: true);

    /// <summary>Merges a range such as <c>A1:H1</c>.</summary>
    public void MergeCells(string range)
    {
        EnsureOpen();
        ArgumentNullException.ThrowIfNull(range);
        var match = RangePattern().Match(range);
        if (!match.Success || !IsCell(match.Groups[1].Value, match.Groups[2].Value) || !IsCell(match.Groups[3].Value, match.Groups[4].Value))
        {
            throw new ArgumentException($"'{range}' is not a range such as A1:H1.", nameof(range));
        }

        _merges.Add(range.ToUpperInvariant());
    }

    /// <summary>The Excel serial (1900 date system, with its 29 February 1900) of a date.</summary>
    internal static int ToSerial(DateOnly date)
    {
        if (date < FirstSerialDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Excel dates start on 1900-01-01.");
        }

        // Excel counts a 29 February 1900 that never was, so dates before March are one day lower.
        return date < LeapBugEnd ? date.DayNumber - FirstSerialDate.DayNumber + 1 : date.DayNumber - SerialEpoch.DayNumber;
    }

    /// <summary>The letters of a 0-based column index (0 → A, 26 → AA).</summary>
    internal static string ColumnName(int column) =>
        column < ColumnNames.Length ? ColumnNames[column] : ColumnName(column / 26 - 1) + (char)('A' + column % 26);

    /// <summary>Escapes text for XML content and attributes and drops the characters XML 1.0 does not allow.</summary>
    internal static string Escape(string text)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteEscaped(writer, text);
        return writer.ToString();
    }

    internal void Finish()
    {
        if (_finished)
        {
            return;
        }

        StartSheet();
        _out.Write("</sheetData>");
        if (_merges.Count > 0)
        {
            _out.Write("<mergeCells count=\"");
            _out.Write(_merges.Count.ToString(CultureInfo.InvariantCulture));
            _out.Write("\">");
            foreach (var range in _merges)
            {
                _out.Write("<mergeCell ref=\"");
                _out.Write(range);
                _out.Write("\"/>");
            }

            _out.Write("</mergeCells>");
        }

        _out.Write("</worksheet>");
        _out.Dispose();
        _finished = true;
    }

    private void WriteRow(ReadOnlySpan<object?> cells, bool bold)
    {
        EnsureOpen();
        if (RowCount == XlsxWriter.MaxRows)
        {
            throw new InvalidOperationException($"Sheet '{Name}' is full: a sheet holds at most {XlsxWriter.MaxRows} rows.");
        }

        if (cells.Length > XlsxWriter.MaxColumns)
        {
            throw new ArgumentException($"A row holds at most {XlsxWriter.MaxColumns} cells.", nameof(cells));
        }

        StartSheet();
        RowCount++;
        RowCount.TryFormat(_rowDigits, out _rowDigitCount, default, CultureInfo.InvariantCulture);
        _out.Write("<row r=\"");
        _out.Write(_rowDigits, 0, _rowDigitCount);
        _out.Write("\">");
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } value)
            {
                WriteCell(i, value, bold ? BoldOffset : 0);
            }
        }

        _out.Write("</row>");
    }

    private void WriteCell(int column, object value, int styleOffset)
    {
        switch (value)
        {
            case string text:
                CheckLength(text);
                OpenCell(column, styleOffset, "inlineStr");
                _out.Write(NeedsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>");
                WriteEscaped(_out, text);
                _out.Write("</t></is></c>");
                break;
            case bool flag:
                OpenCell(column, styleOffset, "b");
                _out.Write(flag ? "<v>1</v></c>" : "<v>0</v></c>");
                break;
            case XlsxFormula formula:
                WriteFormula(column, formula, styleOffset);
                break;
            default:
                OpenCell(column, StyleOf(value) + styleOffset, null);
                _out.Write("<v>");
                WriteNumber(value);
                _out.Write("</v></c>");
                break;
        }
    }

    private void WriteFormula(int column, XlsxFormula formula, int styleOffset)
    {
        if (formula.CachedValue is string cached)
        {
            CheckLength(cached);
        }

        var type = formula.CachedValue switch
        {
            string => "str",
            bool => "b",
            _ => null,
        };
        OpenCell(column, formula.CachedValue is null or string or bool ? styleOffset : StyleOf(formula.CachedValue) + styleOffset, type);
        _out.Write("<f>");
        WriteEscaped(_out, formula.Formula.StartsWith('=') ? formula.Formula[1..] : formula.Formula);
        _out.Write("</f>");
        switch (formula.CachedValue)
        {
            case null:
                break;
            case string text:
                _out.Write("<v>");
                WriteEscaped(_out, text);
                _out.Write("</v>");
                break;
            case bool flag:
                _out.Write(flag ? "<v>1</v>" : "<v>0</v>");
                break;
            default:
                _out.Write("<v>");
                WriteNumber(formula.CachedValue);
                _out.Write("</v>");
                break;
        }

        _out.Write("</c>");
    }

    private void OpenCell(int column, int style, string? type)
    {
        _out.Write("<c r=\"");
        _out.Write(ColumnName(column));
        _out.Write(_rowDigits, 0, _rowDigitCount);
        if (style != 0)
        {
            _out.Write("\" s=\"");
            _out.Write((char)('0' + style));
        }

        if (type is not null)
        {
            _out.Write("\" t=\"");
            _out.Write(type);
        }

        _out.Write("\">");
    }

    private static int StyleOf(object value) => value switch
    {
        DateOnly => DateStyle,
        DateTime => DateTimeStyle,
        int or long or decimal or double or float => 0,
        _ => throw new ArgumentException($"A cell cannot hold a value of type {value.GetType().Name}."),
    };

    private void WriteNumber(object value)
    {
        Span<char> buffer = stackalloc char[64];
        var invariant = CultureInfo.InvariantCulture;
        var written = value switch
        {
            int n => n.TryFormat(buffer, out var count, default, invariant) ? count : -1,
            long n => n.TryFormat(buffer, out var count, default, invariant) ? count : -1,
            // Trailing zeros of the scale carry no value; the pattern keeps every significant digit.
            decimal n => n.TryFormat(buffer, out var count, "0.############################", invariant) ? count : -1,
            double n => FormatDouble(n, buffer),
            float n => FormatDouble(n, buffer),
            DateOnly date => ToSerial(date).TryFormat(buffer, out var count, default, invariant) ? count : -1,
            DateTime time => FormatDouble(ToSerial(DateOnly.FromDateTime(time)) + (double)time.TimeOfDay.Ticks / TimeSpan.TicksPerDay, buffer),
            _ => throw new ArgumentException($"A cell cannot hold a value of type {value.GetType().Name}."),
        };
        _out.Write(buffer[..written]);
    }

    private static int FormatDouble(double value, Span<char> buffer)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"A cell cannot hold {value}.");
        }

        value.TryFormat(buffer, out var count, "R", CultureInfo.InvariantCulture);
        return count;
    }

    private void StartSheet()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _out.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        _out.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        if (_columnWidths is { Length: > 0 })
        {
            _out.Write("<cols>");
            for (var i = 0; i < _columnWidths.Length; i++)
            {
                var n = (i + 1).ToString(CultureInfo.InvariantCulture);
                _out.Write($"<col min=\"{n}\" max=\"{n}\" width=\"{_columnWidths[i].ToString("R", CultureInfo.InvariantCulture)}\" customWidth=\"1\"/>");
            }

            _out.Write("</cols>");
        }

        _out.Write("<sheetData>");
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"Sheet '{Name}' is finished: a later sheet was added or the workbook was closed.");
        }
    }

    private static void CheckLength(string text)
    {
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A cell holds at most {MaxTextLength} characters; got {text.Length}.");
        }
    }

    private static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));

    private static void WriteEscaped(TextWriter writer, string text)
    {
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? replacement;
            if (c is '&') replacement = "&amp;";
            else if (c is '<') replacement = "&lt;";
            else if (c is '>') replacement = "&gt;";
            else if (c is '"') replacement = "&quot;";
            else if (c is '\r') replacement = "&#13;";
            else if (c < ' ' && c is not '\t' and not '\n') replacement = "";
            else if (c is '\uFFFE' or '\uFFFF') replacement = "";
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
            else if (char.IsSurrogate(c)) replacement = "";
            else continue;

            writer.Write(span[start..i]);
            writer.Write(replacement);
            start = i + 1;
        }

        writer.Write(span[start..]);
    }

    private static bool IsCell(string letters, string digits) =>
        letters.Length <= 3 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= XlsxWriter.MaxRows
        && ColumnIndex(letters) < XlsxWriter.MaxColumns;

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters.ToUpperInvariant())
        {
            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string[] BuildColumnNames(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = i < 26 ? ((char)('A' + i)).ToString() : names[i / 26 - 1] + (char)('A' + i % 26);
        }

        return names;
    }

    [GeneratedRegex("^([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})$")]
    private static partial Regex RangePattern();
}
