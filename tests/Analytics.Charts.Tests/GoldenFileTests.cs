using System.Xml.Linq;
using Analytics.Charts.Raster;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Png;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests;

/// <summary>
/// Checks on every golden SVG file: it is valid, accessible XML; its PNG has the right size and an
/// empty margin; its labels lie inside the canvas without overlapping, and the pixels librsvg draws
/// for text land inside the boxes the layout measured.
/// </summary>
public sealed class GoldenFileTests
{
    private static IEnumerable<string> Names() => GoldenCases.Names;

    private static string Golden(string name) => File.ReadAllText(GoldenFiles.SvgPath(name));

    private static bool IsSparkline(string name) => name.StartsWith("sparkline", StringComparison.Ordinal);

    [TestCaseSource(nameof(Names))]
    public void Golden_file_is_valid_svg_with_title_description_and_role(string name)
    {
        var doc = XDocument.Parse(Golden(name));
        var root = doc.Root!;
        var ns = SvgText.Ns;
        Assert.That(root.Name, Is.EqualTo(ns + "svg"));
        Assert.That((string?)root.Attribute("role"), Is.EqualTo("img"));
        Assert.That((string?)root.Attribute("font-family"), Does.StartWith("'Noto Sans CJK SC'").And.EndWith("sans-serif"));
        var ids = ((string?)root.Attribute("aria-labelledby") ?? "").Split(' ');
        Assert.That(ids, Has.Length.EqualTo(2));
        var title = root.Elements(ns + "title").Single();
        var desc = root.Elements(ns + "desc").Single();
        Assert.That((string?)title.Attribute("id"), Is.EqualTo(ids[0]));
        Assert.That((string?)desc.Attribute("id"), Is.EqualTo(ids[1]));
        Assert.That(title.Value, Is.Not.Empty);
        Assert.That(desc.Value, Is.Not.Empty);
        Assert.That(doc.Descendants().Select(e => e.Name.LocalName),
            Has.None.AnyOf("script", "foreignObject", "image", "use", "a", "style"));
        Assert.That(doc.Descendants().Attributes().Select(a => a.Name.LocalName),
            Has.None.Matches<string>(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase) || n == "href"));
    }

    [TestCaseSource(nameof(Names))]
    public void Png_has_the_svg_size_at_one_and_two_times(string name)
    {
        var svg = Golden(name);
        var (width, height) = SvgText.Size(svg);
        var one = PngImage.Decode(PngRasterizer.Render(svg, 1));
        var two = PngImage.Decode(PngRasterizer.Render(svg, 2));
        Assert.That((one.Width, one.Height), Is.EqualTo(((int)width, (int)height)));
        Assert.That((two.Width, two.Height), Is.EqualTo(((int)width * 2, (int)height * 2)));
    }

    [TestCaseSource(nameof(Names))]
    public void Nothing_is_drawn_in_the_margin_band(string name)
    {
        var image = PngImage.Decode(PngRasterizer.Render(Golden(name), 2));
        var band = IsSparkline(name) ? 2 * 2 : 8 * 2;
        var marked = new List<(int, int)>();
        var rgba = image.Rgba;
        for (var y = 0; y < image.Height; y++)
        {
            var rowInBand = y < band || y >= image.Height - band;
            for (var x = 0; x < image.Width; x++)
            {
                if (!rowInBand && x == band) x = image.Width - band; // skip the inside of the row
                var i = 4 * (y * image.Width + x);
                if ((rgba[i] & rgba[i + 1] & rgba[i + 2] & rgba[i + 3]) != 255) marked.Add((x, y));
            }
        }
        Assert.That(marked, Is.Empty, $"{marked.Count} pixels drawn in the margin band");
    }

    [TestCaseSource(nameof(Names))]
    public void Labels_lie_inside_the_canvas_and_never_overlap(string name)
    {
        var svg = Golden(name);
        var (width, height) = SvgText.Size(svg);
        var items = SvgText.Boxes(svg);
        var canvas = new Analytics.Charts.Layout.Rect(0, 0, width, height);
        Assert.That(items.Where(i => !canvas.Contains(i.Box)).Select(i => i.Text), Is.Empty, "labels outside the canvas");
        var overlaps = new List<string>();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
                if (items[i].Box.Intersects(items[j].Box)) overlaps.Add($"'{items[i].Text}' × '{items[j].Text}'");
        Assert.That(overlaps, Is.Empty, "overlapping labels");
    }

    [TestCaseSource(nameof(Names))]
    public void Text_pixels_land_inside_the_measured_label_boxes(string name)
    {
        const int scale = 2;
        var svg = Golden(name);
        var items = SvgText.Boxes(svg);
        var image = PngImage.Decode(PngRasterizer.Render(SvgText.TextOnly(svg), scale));
        // One CSS pixel of slack for antialiasing; faint edge pixels are ignored.
        var boxes = items.Select(i => i.Box.Inflate(1)).ToList();
        var ink = new int[items.Count];
        var stray = 0;
        var rgba = image.Rgba;
        for (var y = 0; y < image.Height; y++)
        {
            var cy = (y + 0.5) / scale;
            var row = Enumerable.Range(0, boxes.Count).Where(b => cy >= boxes[b].Y && cy <= boxes[b].Bottom).ToArray();
            for (var x = 0; x < image.Width; x++)
            {
                if (rgba[4 * (y * image.Width + x) + 3] < 96) continue;
                var cx = (x + 0.5) / scale;
                var inside = false;
                foreach (var b in row)
                {
                    if (cx < boxes[b].X || cx > boxes[b].Right) continue;
                    ink[b]++;
                    inside = true;
                }
                if (!inside) stray++;
            }
        }
        Assert.That(stray, Is.Zero, "text pixels outside every measured box");
        var blank = items.Where((item, i) => ink[i] == 0 && item.Text.Trim().Length > 0).Select(i => i.Text);
        Assert.That(blank, Is.Empty, "measured boxes in which nothing was drawn");
    }
}
