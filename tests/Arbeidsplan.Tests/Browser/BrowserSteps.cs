using Deque.AxeCore.Commons;
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

    /// <summary>axe-core as Deque's package ships it.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private sealed class Violation
    {
        public string Id { get; set; } = "";
        public string Help { get; set; } = "";
        public string[] Targets { get; set; } = [];
    }

    /// <summary>
    /// axe.run in the page itself, reading violations only. Deque's RunAxe finishes each run in a new page of its own (about two
    /// seconds a page): too slow for a walk of every page, and the pages here have no frames that would need it.
    /// </summary>
    public static async Task CheckAccessibleAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => {" + AxeSource.Value + "\n}");
        }
        var found = await page.EvaluateAsync<Violation[]>(
            """
            async () => (await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              })).violations.map(v => ({ id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))
            """);
        if (Refused.TryGetValue(page, out var refused))
        {
            lock (refused)
            {
                Assert.True(refused.Count == 0, $"{page.Url} broke the Content-Security-Policy:\n{string.Join("\n", refused)}");
            }
        }
        var violations = string.Join("\n", found.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Targets)}"));
        Assert.True(found.Length == 0, $"{page.Url}\n{violations}");
    }
}
