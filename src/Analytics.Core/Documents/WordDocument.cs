using System.Text.RegularExpressions;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Outline;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ChartPart = Analytics.Core.Dashboards.Outline.ChartPart;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Core.Documents;

/// <summary>
/// A rendered page as a Word document in the style of an official document (公文, GB/T 9704): A4, margins 3.7 / 3.5 /
/// 2.8 / 2.6 cm, the title in 方正小标宋简体, body text in 仿宋_GB2312 三号 (16 pt) on an exact 28 pt line with a
/// first-line indent of two characters, 一、 headings in 黑体 and （一） headings in 楷体, tables as Word tables (header
/// row repeated on every page, numbers right-aligned), charts as pictures with a caption, "— 1 —" page numbers at the
/// foot, and the office's name and the date at the end. Built from the page's parts only, so a public page's document
/// holds what the public page shows and nothing else.
/// </summary>
public static partial class WordDocument
{
    private static readonly string[] ChineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static byte[] Write(RenderedPage page, Letterhead letterhead)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordStyles.Add(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            new Writer(main, body).Page(page, letterhead);
            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
            document.PackageProperties.Title = Clean(page.Title);
            document.PackageProperties.Creator = Clean(letterhead.Office);
        }
        return stream.ToArray();
    }

    /// <summary>Text as Word may hold it: control characters (other than none) and unpaired surrogates removed.</summary>
    public static string Clean(string text) => ControlCharacters().Replace(text, "");

    [GeneratedRegex(@"[\u0000-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]")]
    private static partial Regex ControlCharacters();

    /// <summary>Heading text that already carries its number (一、 （一） 1.), which is then not numbered again.</summary>
    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")]
    private static partial Regex Numbered();

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = WordStyles.PageWidth, Height = 16838 },
        new PageMargin
        {
            Top = WordStyles.Centimetres(3.7), Bottom = WordStyles.Centimetres(3.5),
            Left = (uint)WordStyles.Centimetres(2.8), Right = (uint)WordStyles.Centimetres(2.6),
            Header = 851, Footer = 992, Gutter = 0,
        },
        new DocGrid { LinePitch = 560 });

    /// <summary>"— 1 —": the page number between dashes, centred, in 宋体 四号.</summary>
    private static Footer PageNumberFooter()
    {
        Run Text(string text) => new(WordStyles.Font(WordStyles.SongTi, 28), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        Run Field(FieldCharValues type) => new(WordStyles.Font(WordStyles.SongTi, 28), new FieldChar { FieldCharType = type });
        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Text("— "), Field(FieldCharValues.Begin),
            new Run(WordStyles.Font(WordStyles.SongTi, 28), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(FieldCharValues.Separate), Text("1"), Field(FieldCharValues.End), Text(" —")));
    }

    private sealed class Writer(MainDocumentPart main, Body body)
    {
        private int section;
        private int subsection;
        private int tables;
        private int figures;

        public void Page(RenderedPage page, Letterhead letterhead)
        {
            var parts = page.Parts.Count > 0 ? page.Parts : page.Text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => (PagePart)new ParagraphPart(l)).ToList();
            var title = parts.FirstOrDefault() is HeadingPart { Level: 1 } first ? first.Text : page.Title;
            body.Append(WordStyles.Paragraph(WordStyles.TitleStyle, title));
            body.Append(WordStyles.Paragraph(WordStyles.SubtitleStyle, $"（数据截至{PeriodPhrase.Date(page.AsOf)}）"));
            foreach (var part in parts.SkipWhile(p => p is HeadingPart { Level: 1 } h && h.Text == title))
            {
                switch (part)
                {
                    case HeadingPart heading: Heading(heading); break;
                    case ParagraphPart paragraph: body.Append(WordStyles.Paragraph(WordStyles.BodyStyle, paragraph.Text)); break;
                    case TablePart table: Table(table.Table); break;
                    case ChartPart chart: Chart(chart); break;
                }
            }
            KeepWithSignature(body.LastChild);
            // The closing note goes with the signature, so that a page never holds the office's name and the date alone.
            var note = $"注：本文数据截至{PeriodPhrase.Date(page.AsOf)}，来自各地区报送的招商引资台账（数据版本 {page.DataVersion}）。"
                + (page.HasSuppressed ? Disclosure.Footnote : "");
            body.Append(WordStyles.Paragraph(WordStyles.NoteStyle, note, keepWithNext: true));
            body.Append(WordStyles.Paragraph(WordStyles.SignatureStyle, letterhead.Office, spaceBefore: 1120, keepWithNext: true));
            body.Append(WordStyles.Paragraph(WordStyles.SignatureStyle, PeriodPhrase.Date(page.AsOf)));
        }

        /// <summary>The office's name and the date never stand on a page of their own: the last text goes with them.</summary>
        private static void KeepWithSignature(OpenXmlElement? last)
        {
            var paragraphs = last switch
            {
                Paragraph paragraph => [paragraph],
                Table table => table.Elements<TableRow>().LastOrDefault()?.Descendants<Paragraph>().ToList() ?? [],
                _ => new List<Paragraph>(),
            };
            foreach (var paragraph in paragraphs)
            {
                var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
                if (properties.KeepNext is null) properties.KeepNext = new KeepNext();
            }
        }

        private void Heading(HeadingPart heading)
        {
            var numbered = Numbered().IsMatch(heading.Text);
            if (heading.Level <= 2)
            {
                subsection = 0;
                var number = numbered ? "" : ChineseNumber(++section) + "、";
                body.Append(WordStyles.Paragraph(WordStyles.Heading1Style, number + heading.Text));
            }
            else if (heading.Level == 3)
            {
                var number = numbered ? "" : $"（{ChineseNumber(++subsection)}）";
                body.Append(WordStyles.Paragraph(WordStyles.Heading2Style, number + heading.Text));
            }
            else
            {
                body.Append(WordStyles.Paragraph(WordStyles.Heading3Style, heading.Text));
            }
        }

        private void Table(ChartTable table)
        {
            tables++;
            if (table.Caption.Length > 0) body.Append(WordStyles.Paragraph(WordStyles.CaptionStyle, $"表{tables}　{table.Caption}", keepWithNext: true));
            var numeric = Enumerable.Range(0, table.Headers.Count)
                .Select(c => table.Rows.Any(r => c < r.Count && r[c] is { } v && CellValue.IsNumeric(v))).ToList();
            var widths = ColumnWidths(table);
            var word = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6 }, new LeftBorder { Val = BorderValues.Single, Size = 6 },
                    new BottomBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new StartMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new EndMargin { Width = "60", Type = TableWidthUnitValues.Dxa })));
            word.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            word.Append(Row(table.Headers, header: true, numeric));
            foreach (var row in table.Rows) word.Append(Row(row, header: false, numeric));
            body.Append(word);
        }

        /// <summary>
        /// Column widths in twips over the text width, after the widest cell of each column (a header counting half, since
        /// it may wrap; 120 twips a column of text at 小四, 150 for the cell's margins): short columns (numbers, dates,
        /// regions) get all they need, the long text columns share the rest.
        /// </summary>
        private static List<int> ColumnWidths(ChartTable table)
        {
            var needs = Enumerable.Range(0, table.Headers.Count).Select(c => 150 + 120 * Math.Max(4, Math.Max(
                (TextWidth.Of(table.Headers[c]) + 1) / 2,
                table.Rows.Select(r => c < r.Count ? TextWidth.Of(r[c] ?? FigureFormat.Missing) : 0).DefaultIfEmpty(0).Max()))).ToList();
            var total = needs.Sum();
            if (total <= WordStyles.TextWidthTwips) return needs.Select(n => n * WordStyles.TextWidthTwips / total).ToList();
            var shortTotal = needs.Where(n => n <= 1500).Sum();
            var longTotal = total - shortTotal;
            var room = WordStyles.TextWidthTwips - shortTotal;
            if (longTotal == 0 || room < longTotal / 3) return needs.Select(n => n * WordStyles.TextWidthTwips / total).ToList();
            return needs.Select(n => n <= 1500 ? n : n * room / longTotal).ToList();
        }

        private static TableRow Row(IReadOnlyList<string?> cells, bool header, List<bool> numeric)
        {
            var row = new TableRow();
            // The header row repeats at the top of every page the table runs onto, and no row is split across two pages.
            row.Append(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));
            for (var c = 0; c < cells.Count; c++)
            {
                var text = cells[c] ?? FigureFormat.Missing;
                var align = header || text == FigureFormat.Missing ? JustificationValues.Center
                    : c < numeric.Count && numeric[c] && CellValue.IsNumeric(text) ? JustificationValues.Right : JustificationValues.Left;
                var paragraph = WordStyles.Paragraph(header ? WordStyles.TableHeaderStyle : WordStyles.TableStyle, text, justification: align, keepWithNext: header);
                var properties = new TableCellProperties();
                if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7E6E6", Color = "auto" });
                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                row.Append(new TableCell(properties, paragraph));
            }
            return row;
        }

        private void Chart(ChartPart chart)
        {
            figures++;
            var png = Charts.Chart.RenderPng(chart.Spec, 3); // ~300 dpi at the text width
            var image = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(png)) image.FeedData(data);
            var (width, height) = Charts.Chart.Size(chart.Spec);
            var cx = Math.Min(WordStyles.TextWidthEmu, width * 9525L * 3 / 4); // px at 96 dpi, shown at three quarters
            var cy = cx * height / width;
            body.Append(WordPicture.Paragraph(main.GetIdOfPart(image), (uint)figures, cx, cy, $"{chart.Spec.Title}：{Charts.Chart.Describe(chart.Spec)}"));
            body.Append(WordStyles.Paragraph(WordStyles.CaptionStyle, $"图{figures}　{chart.Spec.Title}"));
        }

        private static string ChineseNumber(int n) => n <= 10 ? ChineseNumbers[n - 1] : n < 20 ? "十" + ChineseNumbers[n - 11] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
