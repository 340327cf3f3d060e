using Analytics.Charts.Raster;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Png;

namespace Analytics.Charts.Tests.Raster;

public sealed class PngRasterizerTests
{
    private const string Square = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"8\">" +
                                  "<rect width=\"10\" height=\"8\" fill=\"#fff\"/><rect x=\"5\" width=\"5\" height=\"8\" fill=\"#1F5A96\"/></svg>";

    [Test]
    public void Renders_a_png_of_the_svg_size_with_its_colours()
    {
        var image = PngImage.Decode(PngRasterizer.Render(Square));
        Assert.That((image.Width, image.Height), Is.EqualTo((10, 8)));
        Assert.That(image.Pixel(1, 1), Is.EqualTo(((byte)255, (byte)255, (byte)255, (byte)255)));
        Assert.That(image.Pixel(8, 4), Is.EqualTo(((byte)0x1F, (byte)0x5A, (byte)0x96, (byte)255)));
    }

    [Test]
    public void Scale_two_doubles_the_pixels_for_high_density_screens()
    {
        var image = PngImage.Decode(PngRasterizer.Render(Square, 2));
        Assert.That((image.Width, image.Height), Is.EqualTo((20, 16)));
        Assert.That(image.Pixel(9, 8).R, Is.EqualTo(255));
        Assert.That(image.Pixel(10, 8).R, Is.EqualTo(0x1F));
    }

    [Test]
    public void A_transparent_svg_keeps_its_alpha_with_straight_colours()
    {
        // Half-transparent blue: cairo stores it premultiplied; the PNG must hold the colour itself.
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\">" +
                  "<rect width=\"2\" height=\"4\" fill=\"#1F5A96\" fill-opacity=\"0.5\"/></svg>";
        var image = PngImage.Decode(PngRasterizer.Render(svg));
        var (r, g, b, a) = image.Pixel(0, 0);
        Assert.That(a, Is.EqualTo(128).Within(1));
        Assert.That((int)r, Is.EqualTo(0x1F).Within(2));
        Assert.That((int)g, Is.EqualTo(0x5A).Within(2));
        Assert.That((int)b, Is.EqualTo(0x96).Within(2));
        Assert.That(image.Pixel(3, 3).A, Is.Zero);
    }

    [Test]
    public void Invalid_svg_raises_a_rasterization_exception()
    {
        var e = Assert.Throws<RasterizationException>(() => PngRasterizer.Render("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"));
        Assert.That(e!.Message, Does.StartWith("rsvg_handle_new_from_data"));
    }

    [Test]
    public void A_scale_out_of_range_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PngRasterizer.Render(Square, 0));

    [Test]
    public void An_image_larger_than_the_limit_is_refused() =>
        Assert.Throws<RasterizationException>(() =>
            PngRasterizer.Render("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"5000\" height=\"10\"/>", 2));

    [Test]
    public void Renders_the_same_bytes_from_many_threads_at_once()
    {
        var svgs = GoldenCases.All.Take(12).Select(c => Chart.RenderSvg(c.Spec)).ToList();
        var expected = svgs.Select(s => PngRasterizer.Render(s, 2)).ToList();
        var results = new byte[svgs.Count * 4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = PngRasterizer.Render(svgs[i % svgs.Count], 2));
        for (var i = 0; i < results.Length; i++)
            Assert.That(results[i], Is.EqualTo(expected[i % svgs.Count]), $"render {i}");
    }
}
