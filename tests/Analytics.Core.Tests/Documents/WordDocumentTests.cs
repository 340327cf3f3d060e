using Analytics.Charts.Tables;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Outline;
using Analytics.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Core.Tests.Documents;

/// <summary><see cref="WordDocument"/> on a page of its own: ledger text as text, numbering of headings, the official layout.</summary>
public sealed class WordDocumentTests
{
    private static readonly RenderedPage Page = new("周报", "", "", new DateOnly(2021, 11, 30), "v0001-abc", [], [], false)
    {
        Parts =
        [
            new HeadingPart(1, "招商引资工作周报"),
            new HeadingPart(2, "本周动态"),
            new ParagraphPart("项目<script>alert(1)</script> & \"引号\"\u0001\u0007结束"),
            new HeadingPart(3, "签约"),
            new HeadingPart(3, "（二）开工"),
            new TablePart(new ChartTable("项目表", ["序号", "项目名称", "协议总投资（亿元）"], [["1", "=HYPERLINK(\"x\")项目", "1,234.5"], ["2", "@SUM(A1)", null]]), 3),
            new HeadingPart(2, "二、各地区"),
        ],
    };

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(WordDocument.Write(Page, new Letterhead("测试市投资促进局", "测试市", "测试"))), false);

    private static List<(string Style, string Text)> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText)).ToList();

    [Test]
    public void Ledger_text_is_kept_as_text_without_control_characters()
    {
        using var document = Open();
        var text = Paragraphs(document).Single(p => p.Text.StartsWith("项目", StringComparison.Ordinal));
        Assert.That(text, Is.EqualTo(("DocBody", "项目<script>alert(1)</script> & \"引号\"结束")));
        var cells = document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.That(cells, Is.EqualTo(new[] { "序号", "项目名称", "协议总投资（亿元）", "1", "=HYPERLINK(\"x\")项目", "1,234.5", "2", "@SUM(A1)", "—" }));
        Assert.That(document.MainDocumentPart.Document.Body.Descendants<FieldCode>(), Is.Empty);
    }

    [Test]
    public void Headings_are_numbered_once_in_the_official_way()
    {
        using var document = Open();
        var headings = Paragraphs(document).Where(p => p.Style.StartsWith("DocHeading", StringComparison.Ordinal) || p.Style == "DocTitle").ToList();
        Assert.That(headings, Is.EqualTo(new[]
        {
            ("DocTitle", "招商引资工作周报"), ("DocHeading1", "一、本周动态"), ("DocHeading2", "（一）签约"), ("DocHeading2", "（二）开工"), ("DocHeading1", "二、各地区"),
        }));
    }

    [Test]
    public void The_document_ends_with_the_office_and_the_date_and_no_empty_paragraph()
    {
        using var document = Open();
        var paragraphs = Paragraphs(document);
        Assert.That(paragraphs[^2..], Is.EqualTo(new[] { ("DocSignature", "测试市投资促进局"), ("DocSignature", "2021年11月30日") }));
        Assert.That(paragraphs.Where(p => p.Text.Trim().Length == 0), Is.Empty);
    }

    [Test]
    public void Tables_repeat_their_header_row_and_right_align_numbers()
    {
        using var document = Open();
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
        Assert.That(rows.Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null), Is.EqualTo(new[] { true, false, false }));
        var amount = rows[1].Elements<TableCell>().ElementAt(2).Descendants<Justification>().Single().Val!.Value;
        var name = rows[1].Elements<TableCell>().ElementAt(1).Descendants<Justification>().Single().Val!.Value;
        Assert.That((amount, name), Is.EqualTo((JustificationValues.Right, JustificationValues.Left)));
    }

    [Test]
    public void Page_margins_fonts_and_line_spacing_are_those_of_an_official_document()
    {
        using var document = Open();
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.That((size.Width!.Value, size.Height!.Value), Is.EqualTo((11906u, 16838u)));
        Assert.That((margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value), Is.EqualTo((2098, 1984, 1587u, 1474u)));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        string Font(string style) => styles[style].StyleRunProperties!.RunFonts!.EastAsia!.Value!;
        Assert.That(new[] { Font("DocTitle"), Font("DocBody"), Font("DocHeading1"), Font("DocHeading2") }, Is.EqualTo(new[] { "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312" }));
        var body = styles["DocBody"];
        Assert.That(body.StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("32"));
        var spacing = body.StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.That((spacing.Line!.Value, spacing.LineRule!.Value), Is.EqualTo(("560", LineSpacingRuleValues.Exact)));
        Assert.That(body.StyleParagraphProperties.Indentation!.FirstLineChars!.Value, Is.EqualTo(200));
        var fallbacks = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        Assert.That(fallbacks["仿宋_GB2312"], Is.EqualTo("Noto Serif CJK SC"));
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.That(footer.InnerText, Is.EqualTo("—  PAGE 1 —"));
    }
}
