using System.Net;
using System.Reflection;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Components.Layout;
using Arbeidsplan.Web.Features.Home;
using Microsoft.AspNetCore.Components;

namespace Arbeidsplan.Tests.Features.Home;

/// <summary>
/// The status pages (not found, no access, error) are rendered again after the request itself is done with. Their frame reads
/// nothing: a re-executed 404 could end before the main frame's read had finished, and on PostgreSQL the half-read connection then
/// hung the next request on the same keep-alive connection (a browser's favicon request was enough).
/// </summary>
public sealed class StatusPageTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Theory]
    [InlineData(typeof(NotFoundPage))]
    [InlineData(typeof(StatusPages))]
    public void StatusPage_HasAFrameThatReadsNothing(Type page)
    {
        Assert.Equal(typeof(StatusLayout), page.GetCustomAttribute<LayoutAttribute>()?.LayoutType);
        var injected = typeof(StatusLayout).GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null).Select(p => p.PropertyType).ToList();
        Assert.Equal([typeof(NavigationManager)], injected);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_AnswersTheStatusFrame_AndTheNextRequestOnTheConnectionAnswersToo()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var missing = await client.GetAsync("/favicon.ico");
        var next = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain("Hovedmeny", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
