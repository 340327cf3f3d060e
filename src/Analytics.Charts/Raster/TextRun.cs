using Analytics.Charts.Text;

namespace Analytics.Charts.Raster;

/// <summary>One line of SVG text taken out of a document to be drawn by Pango directly.</summary>
/// <param name="Text">The characters.</param>
/// <param name="X">x of the anchor point, px.</param>
/// <param name="Baseline">y of the baseline, px.</param>
/// <param name="Size">Font size, px.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Anchor">Which point of the line x names.</param>
/// <param name="Fill">Colour as 0xRRGGBB.</param>
/// <param name="HaloWidth">Width of the white outline painted under the glyphs, px; 0 for none.</param>
internal sealed record TextRun(string Text, double X, double Baseline, double Size, bool Bold, Anchor Anchor, int Fill, double HaloWidth);
