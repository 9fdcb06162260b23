using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>Screenshots of a page as it stands, at a phone's and a laptop's width, for a person to look at (bin/…/screenshots).</summary>
internal static class Screens
{
    private static readonly int[] Widths = [390, 1280];

    /// <param name="part">A part of a long page to shoot alone (a form at its end), so it can be read at its size.</param>
    public static async Task ShootAsync(IPage page, string name, ILocator? part = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var before = page.ViewportSize;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var path = Path.Combine(folder, $"{name}-{width}.png");
            if (part is not null)
            {
                await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            }
            else
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            }
        }
        if (before is not null)
        {
            await page.SetViewportSizeAsync(before.Width, before.Height);
        }
    }
}
