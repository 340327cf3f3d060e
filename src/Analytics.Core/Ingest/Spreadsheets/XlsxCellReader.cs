using System.Globalization;
using System.Text;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Reads one <c>&lt;c&gt;</c> element into a <see cref="Cell"/>: its position, type (<c>t</c>), style
/// (<c>s</c>, for dates) and value (<c>&lt;v&gt;</c>, the cached result for formulas, or <c>&lt;is&gt;</c>).
/// The value is read into a reused buffer, so only the cell's own text is allocated.
/// </summary>
internal sealed class XlsxCellReader
{
    /// <summary>Days from 1900-01-00 to 1904-01-01 in Excel's reckoning (1900 serial of 1904 serial 0).</summary>
    private const double Days1904 = 1462;

    private static readonly DateTime SerialZero = new(1899, 12, 30);

    private readonly XmlReader xml;
    private readonly SharedStrings strings;
    private readonly StyleSheet styles;
    private readonly bool date1904;
    private readonly string referenceName;
    private readonly string typeName;
    private readonly string styleName;
    private readonly string valueName;
    private readonly string inlineName;
    private readonly StringBuilder text = new();
    private readonly StringBuilder scratch = new();
    private readonly char[] attribute = new char[32];
    private char[] value = new char[64];
    private int valueLength;

    public XlsxCellReader(XlsxWorkbook workbook, XmlReader xml)
    {
        this.xml = xml;
        strings = workbook.Strings;
        styles = workbook.Styles;
        date1904 = workbook.Date1904;
        var names = xml.NameTable;
        referenceName = names.Add("r");
        typeName = names.Add("t");
        styleName = names.Add("s");
        valueName = names.Add("v");
        inlineName = names.Add("is");
    }

    private enum ValueType
    {
        Number,
        SharedString,
        InlineString,
        FormulaString,
        Boolean,
        Error,
        IsoDate,
    }

    /// <summary>Reads the cell the reader is on, leaving it on the cell's last node; a cell without <c>r</c> follows <paramref name="lastColumn"/>.</summary>
    public (int Column, Cell Cell) Read(int lastColumn)
    {
        var column = lastColumn + 1;
        valueLength = 0;
        var type = ValueType.Number;
        var style = 0;
        while (xml.MoveToNextAttribute())
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, referenceName)) column = ReadColumn();
            else if (ReferenceEquals(name, typeName)) type = ReadType();
            else if (ReferenceEquals(name, styleName)) style = ReadAttributeNumber();
        }
        xml.MoveToElement();
        if (column >= CellReference.MaxColumns) throw new InvalidDataException("cell past the last column");
        if (xml.IsEmptyElement) return (column, Cell.Empty);

        var hasValue = false;
        string? inline = null;
        var depth = xml.Depth;
        var more = xml.Read();
        while (more && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(xml.LocalName, valueName))
                {
                    ReadValue(column);
                    hasValue = true;
                }
                else if (ReferenceEquals(xml.LocalName, inlineName))
                {
                    inline = SharedStrings.ReadItem(xml, text, scratch) ?? throw SpreadsheetLimitException.CellTooLong(column);
                }
                else
                {
                    // The formula itself (<f>) and extensions: only the cached value counts.
                    xml.Skip();
                    continue;
                }
            }
            more = xml.Read();
        }
        return (column, hasValue || inline is not null ? MakeCell(type, style, inline) : Cell.Empty);
    }

    private Cell MakeCell(ValueType type, int style, string? inline)
    {
        var literal = value.AsSpan(0, valueLength);
        switch (type)
        {
            case ValueType.SharedString:
                if (!TryParseIndex(literal, out var index) || !strings.TryGet(index, out var shared))
                    throw new InvalidDataException("shared string index out of range");
                return TextCell(shared);
            case ValueType.InlineString:
                return TextCell(inline ?? XmlParts.Unescape(new string(literal)));
            case ValueType.FormulaString:
                return TextCell(XmlParts.Unescape(new string(literal)));
            case ValueType.Error:
                return new Cell(CellKind.Error, new string(literal), 0);
            case ValueType.Boolean:
                var isTrue = literal is "1" || literal.Equals("true", StringComparison.OrdinalIgnoreCase);
                return new Cell(CellKind.Boolean, isTrue ? "TRUE" : "FALSE", isTrue ? 1 : 0);
            case ValueType.IsoDate:
                return DateTime.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? new Cell(CellKind.DateTime, new string(literal), (date - SerialZero).TotalDays)
                    : TextCell(new string(literal));
            default:
                return NumberCell(literal, style);
        }
    }

    private Cell NumberCell(ReadOnlySpan<char> literal, int style)
    {
        if (literal.IsEmpty) return Cell.Empty;
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return TextCell(new string(literal));
        if (!styles.IsDate(style)) return new Cell(CellKind.Number, new string(literal), number);
        if (!date1904) return new Cell(CellKind.DateTime, new string(literal), number);
        // Serials are given in the 1900 system whatever the workbook uses, text included, so the two agree.
        number += Days1904;
        return new Cell(CellKind.DateTime, number.ToString(CultureInfo.InvariantCulture), number);
    }

    private static Cell TextCell(string text) => text.Length == 0 ? Cell.Empty : new Cell(CellKind.Text, text, 0);

    private void ReadValue(int column)
    {
        valueLength = 0;
        if (xml.IsEmptyElement) return;
        while (xml.Read() && xml.NodeType != XmlNodeType.EndElement)
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                continue;
            int read;
            while ((read = xml.ReadValueChunk(value, valueLength, value.Length - valueLength)) > 0)
            {
                valueLength += read;
                if (valueLength > SpreadsheetLimits.MaxCellLength) throw SpreadsheetLimitException.CellTooLong(column);
                if (valueLength == value.Length) Array.Resize(ref value, value.Length * 2);
            }
        }
    }

    private int ReadColumn()
    {
        var length = XmlParts.ReadAttribute(xml, attribute);
        if (length < 0 || !CellReference.TryParse(attribute.AsSpan(0, length), out var column, out _))
            throw new InvalidDataException("bad cell reference");
        return column;
    }

    private ValueType ReadType()
    {
        var length = XmlParts.ReadAttribute(xml, attribute);
        var type = attribute.AsSpan(0, Math.Max(length, 0));
        return type.Length switch
        {
            1 => type[0] switch
            {
                's' => ValueType.SharedString,
                'b' => ValueType.Boolean,
                'e' => ValueType.Error,
                'd' => ValueType.IsoDate,
                _ => ValueType.Number,
            },
            3 when type is "str" => ValueType.FormulaString,
            9 when type is "inlineStr" => ValueType.InlineString,
            _ => ValueType.Number,
        };
    }

    /// <summary>The value of the attribute the reader is on as a number (a row's <c>r</c>, a cell's <c>s</c>); 0 when it is not one.</summary>
    public int ReadAttributeNumber()
    {
        var length = XmlParts.ReadAttribute(xml, attribute);
        return length > 0 && TryParseIndex(attribute.AsSpan(0, length), out var number) ? number : 0;
    }

    /// <summary>Reads a whole number of up to nine digits (an index, a style, a row), white space around allowed.</summary>
    private static bool TryParseIndex(ReadOnlySpan<char> text, out int number)
    {
        text = text.Trim();
        number = 0;
        if (text.IsEmpty || text.Length > 9) return false;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            number = number * 10 + digit;
        }
        return true;
    }
}
