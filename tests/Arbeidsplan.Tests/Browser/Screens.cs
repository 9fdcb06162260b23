using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>Screenshots of a page as it stands, at a phone's and a laptop's width, for a person to look at (bin/…/screenshots).</summary>
internal static class Screens
{
    private static readonly int[] Widths = [390, 1280];

    public static async Task ShootAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var before = page.ViewportSize;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
        if (before is not null)
        {
            await page.SetViewportSizeAsync(before.Width, before.Height);
        }
    }
}
