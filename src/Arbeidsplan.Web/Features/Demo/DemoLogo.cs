using Arbeidsplan.Web.Documents;
using SkiaSharp;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>A made-up logo for the demo's county, drawn when the demo is loaded and marked «demo» in the picture itself.</summary>
internal static class DemoLogo
{
    public static byte[] Png()
    {
        using var surface = SKSurface.Create(new SKImageInfo(560, 160));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var green = new SKPaint { Color = new SKColor(0x00, 0x57, 0x3f), IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var typeface = SKTypeface.FromFile(Path.Combine(PdfFonts.Folder, "DejaVuSans-Bold.ttf"));
        using var large = new SKFont(typeface, 46);
        using var small = new SKFont(typeface, 30);
        canvas.DrawCircle(80, 80, 66, green);
        canvas.DrawText("Sp", 80, 96, SKTextAlign.Center, large, white);
        canvas.DrawText("Hedmark", 170, 78, SKTextAlign.Left, large, green);
        canvas.DrawText("demo", 172, 122, SKTextAlign.Left, small, green);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
