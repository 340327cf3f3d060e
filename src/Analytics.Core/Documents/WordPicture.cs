using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Analytics.Core.Documents;

/// <summary>A picture in its own centred paragraph, kept with its caption: the inline drawing Word expects for an image part.</summary>
internal static class WordPicture
{
    /// <param name="relationshipId">The image part's id.</param>
    /// <param name="id">A number unique among the document's pictures.</param>
    /// <param name="cx">Width in EMU.</param>
    /// <param name="cy">Height in EMU.</param>
    /// <param name="description">The alt text.</param>
    public static Paragraph Paragraph(string relationshipId, uint id, long cx, long cy, string description)
    {
        var name = $"图{id}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = WordDocument.Clean(description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
        return new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "120" },
                new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }
}
