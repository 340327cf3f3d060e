using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Core.Documents;

/// <summary>
/// The cell styles of <see cref="ExcelWorkbook"/>: 0 plain, <see cref="Header"/> bold and centred, <see cref="Quoted"/>
/// text marked as text, <see cref="Note"/> grey, and one style per number format met (added as cells ask for them).
/// </summary>
internal sealed class ExcelStyles
{
    private const string FontName = "宋体";
    private readonly List<string> formats = [];

    public uint Header => 1;

    public uint Quoted => 2;

    public uint Note => 3;

    /// <summary>The style of a number shown in <paramref name="format"/> (e.g. <c>#,##0.0</c>, <c>0.0%</c>).</summary>
    public uint Number(string format)
    {
        var index = formats.IndexOf(format);
        if (index < 0)
        {
            formats.Add(format);
            index = formats.Count - 1;
        }
        return (uint)(4 + index);
    }

    public Stylesheet Stylesheet()
    {
        static Font Font(bool bold = false, string? color = null)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = 11 });
            if (color is not null) font.Append(new Color { Rgb = color });
            font.Append(new FontName { Val = FontName }, new FontCharSet { Val = 134 });
            return font;
        }
        var numberFormats = new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f })) { Count = (uint)formats.Count };
        var cells = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, NumberFormatId = 49, ApplyNumberFormat = true, QuotePrefix = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
        foreach (var (_, i) in formats.Select((f, i) => (f, i)))
            cells.Append(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true });
        cells.Count = (uint)cells.ChildElements.Count;
        var stylesheet = new Stylesheet();
        if (formats.Count > 0) stylesheet.Append(numberFormats);
        stylesheet.Append(
            new Fonts(Font(), Font(bold: true), Font(color: "FF666666")) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cells,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
