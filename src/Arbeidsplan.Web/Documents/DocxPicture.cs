using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Arbeidsplan.Web.Documents;

/// <summary>An image inline in its own paragraph, the way Word inserts a picture, with its description as the alternative text.</summary>
internal static class DocxPicture
{
    private const long EmuPerCm = 360_000;

    public static Paragraph Paragraph(MainDocumentPart main, PaperImage image, uint number)
    {
        var part = main.AddImagePart(PaperImages.IsPng(image.Bytes) ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var stream = new MemoryStream(image.Bytes))
        {
            part.FeedData(stream);
        }
        var relationship = main.GetIdOfPart(part);
        var width = (long)(Math.Min(image.WidthCm, 16) * EmuPerCm);
        var height = width * image.PixelHeight / Math.Max(1, image.PixelWidth);
        var name = $"Bilde {number}";
        var graphic = new A.Graphic(new A.GraphicData(
            new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = number, Name = name, Description = DocxWriter.Clean(image.Description) },
                    new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = number, Name = name, Description = DocxWriter.Clean(image.Description) },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
