using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>Steps every browser test takes: signing in, and checking a page with axe-core for WCAG 2.1 A/AA.</summary>
public static class BrowserSteps
{
    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync($"{baseUrl}/logg-inn");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Passord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })).ToBeVisibleAsync();
    }

    public static async Task CheckAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}\n{violations}");
    }
}
