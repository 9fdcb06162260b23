using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>Steps every browser test takes: signing in, and checking a page with axe-core for WCAG 2.1 A/AA.</summary>
public static class BrowserSteps
{
    // What Chromium reported refusing under the Content-Security-Policy, per page: every accessibility check also checks there is none.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Refused = [];

    public static IPage Watch(IPage page)
    {
        var refused = new List<string>();
        Refused.Add(page, refused);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (refused)
                {
                    refused.Add(message.Text);
                }
            }
        };
        return page;
    }

    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password, Support.AppFactory? app = null)
    {
        await page.GotoAsync($"{baseUrl}/logg-inn");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Passord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        if (app is not null && await app.AuthenticatorCodeAsync(email) is not null)
        {
            // An administrator: the second step asks for the code from the authenticator app.
            // Wait for what the user sees, not for the URL: WaitForURL also waits for a load event, which
            // Chromium now and then reports before Playwright listens after Blazor's forced navigation.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kode fra autentiseringsappen" })).ToBeVisibleAsync();
            await page.GetByLabel("Kode").FillAsync((await app.AuthenticatorCodeAsync(email))!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })).ToBeVisibleAsync();
    }

    public static async Task CheckAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        if (Refused.TryGetValue(page, out var refused))
        {
            lock (refused)
            {
                Assert.True(refused.Count == 0, $"{page.Url} broke the Content-Security-Policy:\n{string.Join("\n", refused)}");
            }
        }
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}\n{violations}");
    }
}
