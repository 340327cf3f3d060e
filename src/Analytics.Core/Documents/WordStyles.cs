using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Core.Documents;

/// <summary>
/// The official-document styles of <see cref="WordDocument"/> in one place: fonts (each with a fallback Word and
/// LibreOffice use where the font is not installed), sizes in half-points (三号 = 32, 二号 = 44), the exact 28 pt line
/// (560 twips) and the two-character first-line indent.
/// </summary>
internal static class WordStyles
{
    public const string TitleStyle = "DocTitle";
    public const string SubtitleStyle = "DocSubtitle";
    public const string BodyStyle = "DocBody";
    public const string Heading1Style = "DocHeading1";
    public const string Heading2Style = "DocHeading2";
    public const string Heading3Style = "DocHeading3";
    public const string CaptionStyle = "DocCaption";
    public const string TableStyle = "DocTable";
    public const string TableHeaderStyle = "DocTableHeader";
    public const string NoteStyle = "DocNote";
    public const string SignatureStyle = "DocSignature";

    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string FangSong = "仿宋_GB2312";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体_GB2312";
    public const string SongTi = "宋体";
    private const string Latin = "Times New Roman";

    /// <summary>A4 width in twips.</summary>
    public const uint PageWidth = 11906;

    /// <summary>The width between the margins (21 − 2.8 − 2.6 = 15.6 cm) in twips.</summary>
    public const int TextWidthTwips = 8844;

    /// <summary>The width between the margins in EMU.</summary>
    public const long TextWidthEmu = 5_616_000;

    /// <summary>Centimetres in twips (567 a centimetre).</summary>
    public static int Centimetres(double cm) => (int)Math.Round(cm * 566.929);

    /// <summary>The fallback of each font where it is not installed (Word's w:altName, read by LibreOffice too).</summary>
    private static readonly (string Font, string Fallback)[] Fallbacks =
    [
        (XiaoBiaoSong, "Noto Serif CJK SC"), (FangSong, "Noto Serif CJK SC"), (KaiTi, "Noto Serif CJK SC"),
        (HeiTi, "Noto Sans CJK SC"), (SongTi, "Noto Serif CJK SC"),
    ];

    /// <summary>Run properties of a font (East Asian text) and a size in half-points.</summary>
    public static RunProperties Font(string font, int halfPoints, bool bold = false)
    {
        var run = new RunProperties(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = font, ComplexScript = Latin });
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        run.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return run;
    }

    /// <summary>A paragraph of one style holding <paramref name="text"/> (cleaned of control characters).</summary>
    public static Paragraph Paragraph(string style, string text, int spaceBefore = 0, JustificationValues? justification = null, bool keepWithNext = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepWithNext) properties.Append(new KeepNext());
        if (spaceBefore > 0) properties.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (justification is { } align) properties.Append(new Justification { Val = align });
        return new Paragraph(properties, new Run(new Text(WordDocument.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = FangSong, ComplexScript = Latin },
                    new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Line(560)))),
            Style("Normal", "正文", null, Line(560), Font(FangSong, 32)),
            Style(TitleStyle, "公文标题", new ParagraphProperties(Line(700, after: 560), new Justification { Val = JustificationValues.Center }), null,
                Font(XiaoBiaoSong, 44, bold: true)),
            Style(SubtitleStyle, "数据说明", new ParagraphProperties(Line(560, after: 280), new Justification { Val = JustificationValues.Center }), null, Font(KaiTi, 28)),
            Style(BodyStyle, "公文正文", new ParagraphProperties(Line(560), Indent(), new Justification { Val = JustificationValues.Both }), null, Font(FangSong, 32)),
            Style(Heading1Style, "一级标题", new ParagraphProperties(new KeepNext(), Line(560), Indent(), new OutlineLevel { Val = 0 }), null, Font(HeiTi, 32)),
            Style(Heading2Style, "二级标题", new ParagraphProperties(new KeepNext(), Line(560), Indent(), new OutlineLevel { Val = 1 }), null, Font(KaiTi, 32)),
            Style(Heading3Style, "三级标题", new ParagraphProperties(new KeepNext(), Line(560), Indent(), new OutlineLevel { Val = 2 }), null, Font(FangSong, 32, bold: true)),
            Style(CaptionStyle, "题注", new ParagraphProperties(new SnapToGrid { Val = false }, Line(440, before: 120, after: 120), new Justification { Val = JustificationValues.Center }), null, Font(HeiTi, 28)),
            Style(TableStyle, "表格文字", new ParagraphProperties(new SnapToGrid { Val = false }, Line(320)), null, Font(FangSong, 24)),
            Style(TableHeaderStyle, "表头", new ParagraphProperties(new SnapToGrid { Val = false }, Line(320), new Justification { Val = JustificationValues.Center }), null, Font(HeiTi, 24)),
            Style(NoteStyle, "注", new ParagraphProperties(Line(440, before: 280), Indent()), null, Font(FangSong, 28)),
            Style(SignatureStyle, "署名", new ParagraphProperties(Line(560), new Indentation { Right = "1280", RightChars = 400 }, new Justification { Val = JustificationValues.Right }),
                null, Font(FangSong, 32)));
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(Fallbacks.Select(f => new DocumentFormat.OpenXml.Wordprocessing.Font(new AltName { Val = f.Fallback }, new FontCharSet { Val = "86" }) { Name = f.Font }));
    }

    private static Style Style(string id, string name, ParagraphProperties? paragraph, SpacingBetweenLines? line, RunProperties run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id != "Normal", Default = id == "Normal" };
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        style.Append(paragraph is not null ? new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))) : new StyleParagraphProperties(line!));
        style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }

    /// <summary>An exact line height in twips (560 = 28 pt), with space before and after.</summary>
    private static SpacingBetweenLines Line(int twips, int before = 0, int after = 0) => new()
    {
        Line = twips.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact,
        Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A first-line indent of two characters (of 16 pt: 640 twips).</summary>
    private static Indentation Indent() => new() { FirstLineChars = 200, FirstLine = "640" };
}
