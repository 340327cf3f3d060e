using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A sheet being written, row after row, through the Open XML SDK's streaming <see cref="OpenXmlWriter"/>.</summary>
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

    // Element templates for the streaming writer, which takes their names only: rows and cells are
    // written as start tag, text and end tag, with no element tree built per cell.
    private static readonly Row RowElement = new();
    private static readonly SheetCell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly CellFormula FormulaElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly Stream _entry;
    private readonly OpenXmlWriter _out;
    private readonly List<string> _merges = [];
    private double[]? _columnWidths;
    private bool _started;
    private bool _finished;

    internal XlsxSheetWriter(string name, Stream entry)
    {
        Name = name;
        _entry = new BufferedStream(entry, 1 << 16);
        _out = OpenXmlWriter.Create(_entry, new UTF8Encoding(false));
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

    internal void Finish()
    {
        if (_finished)
        {
            return;
        }

        StartSheet();
        _out.WriteEndElement(); // sheetData
        if (_merges.Count > 0)
        {
            _out.WriteElement(new MergeCells(_merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)_merges.Count });
        }

        _out.WriteEndElement(); // worksheet
        _out.Close();
        _entry.Dispose();
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
        var rowNumber = RowCount.ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", rowNumber));
        _out.WriteStartElement(RowElement, _attributes);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } value)
            {
                WriteCell(ColumnName(i) + rowNumber, value, bold ? BoldOffset : 0);
            }
        }

        _out.WriteEndElement();
    }

    private void WriteCell(string reference, object value, int styleOffset)
    {
        switch (value)
        {
            case string text:
                CheckLength(text);
                var clean = Clean(text);
                StartCell(reference, styleOffset, "inlineStr");
                _out.WriteStartElement(InlineElement);
                _out.WriteStartElement(TextElement, NeedsPreserve(clean) ? PreserveSpace : []);
                _out.WriteString(clean);
                _out.WriteEndElement();
                _out.WriteEndElement();
                break;
            case bool flag:
                StartCell(reference, styleOffset, "b");
                WriteChild(ValueElement, flag ? "1" : "0");
                break;
            case XlsxFormula formula:
                WriteFormulaCell(reference, formula, styleOffset);
                break;
            default:
                StartCell(reference, StyleOf(value) + styleOffset, type: null);
                WriteChild(ValueElement, FormatNumber(value));
                break;
        }

        _out.WriteEndElement();
    }

    private void WriteFormulaCell(string reference, XlsxFormula formula, int styleOffset)
    {
        var text = Clean(formula.Formula.StartsWith('=') ? formula.Formula[1..] : formula.Formula);
        switch (formula.CachedValue)
        {
            case null:
                StartCell(reference, styleOffset, type: null);
                WriteChild(FormulaElement, text);
                break;
            case string cached:
                CheckLength(cached);
                StartCell(reference, styleOffset, "str");
                WriteChild(FormulaElement, text);
                WriteChild(ValueElement, Clean(cached));
                break;
            case bool flag:
                StartCell(reference, styleOffset, "b");
                WriteChild(FormulaElement, text);
                WriteChild(ValueElement, flag ? "1" : "0");
                break;
            default:
                StartCell(reference, StyleOf(formula.CachedValue) + styleOffset, type: null);
                WriteChild(FormulaElement, text);
                WriteChild(ValueElement, FormatNumber(formula.CachedValue));
                break;
        }
    }

    /// <summary>Opens a <c>c</c> element with its reference, style (when not the default) and type (when not a number).</summary>
    private void StartCell(string reference, int style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", reference));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        _out.WriteStartElement(CellElement, _attributes);
    }

    private void WriteChild(OpenXmlElement element, string text)
    {
        _out.WriteStartElement(element);
        _out.WriteString(text);
        _out.WriteEndElement();
    }

    private static int StyleOf(object value) => value switch
    {
        DateOnly => DateStyle,
        DateTime => DateTimeStyle,
        int or long or decimal or double or float => 0,
        _ => throw new ArgumentException($"A cell cannot hold a value of type {value.GetType().Name}."),
    };

    private static string FormatNumber(object value)
    {
        var invariant = CultureInfo.InvariantCulture;
        return value switch
        {
            int n => n.ToString(invariant),
            long n => n.ToString(invariant),
            // Trailing zeros of the scale carry no value; the pattern keeps every significant digit.
            decimal n => n.ToString("0.############################", invariant),
            double n => FormatDouble(n),
            float n => FormatDouble(n),
            DateOnly date => ToSerial(date).ToString(invariant),
            DateTime time => FormatDouble(ToSerial(DateOnly.FromDateTime(time)) + (double)time.TimeOfDay.Ticks / TimeSpan.TicksPerDay),
            _ => throw new ArgumentException($"A cell cannot hold a value of type {value.GetType().Name}."),
        };
    }

    private static string FormatDouble(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentException($"A cell cannot hold {value}.");

    private void StartSheet()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _out.WriteStartDocument(true);
        _out.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", XlsxWriter.RelationshipsNamespace)]);
        if (_columnWidths is { Length: > 0 })
        {
            _out.WriteElement(new Columns(_columnWidths.Select((width, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        }

        _out.WriteStartElement(new SheetData());
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

    /// <summary>Drops the characters XML 1.0 does not allow (control characters but tab and line feed, lone surrogates, U+FFFE/U+FFFF); the SDK's writer escapes the rest.</summary>
    internal static string Clean(string text)
    {
        var span = text.AsSpan();
        StringBuilder? clean = null;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                clean?.Append(c).Append(span[i + 1]);
                i++;
                continue;
            }

            var legal = !(c < ' ' && c is not '\t' and not '\n' and not '\r') && c is not '\uFFFE' and not '\uFFFF' && !char.IsSurrogate(c);
            if (!legal && clean is null)
            {
                clean = new StringBuilder(text.Length).Append(span[..i]);
            }
            else if (legal)
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
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
