using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>An import that runs past its time limit is stopped through its cancellation token: a Norwegian 503, and nothing saved.</summary>
public sealed class ImportTimeoutTests : IClassFixture<ImportTimeoutTests.HastyApp>
{
    private readonly HastyApp app;

    public ImportTimeoutTests(HastyApp app) => this.app = app;

    public sealed class HastyApp : AppFactory, IAsyncLifetime
    {
        public World World { get; private set; } = default!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Imports:TimeoutSeconds", "0.001");
        }

        public async Task InitializeAsync() => World = await Register().WorldAsync();

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task PlanImport_PastItsTimeLimit_IsStopped_AndNothingIsSaved()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        var text = new StringBuilder("# Arbeidsplan 2026\n## Tiltak\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("• Et tiltak blant mange – Ansvar: Leder – Mars\n");
        }

        var response = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = app.World.County, text = text.ToString(), apply = true });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("tok for lang tid", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Plans)));
    }

    [Fact]
    public void EveryImportRoute_CarriesTheImportTimeLimit()
    {
        var imports = app.Services.GetServices<EndpointDataSource>().SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.Contains("import", StringComparison.OrdinalIgnoreCase)
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT") == true)
            .ToList();

        Assert.True(imports.Count >= 8, $"only {imports.Count} import routes found");
        Assert.All(imports, e => Assert.True(e.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName == ImportTimeout.Policy, e.RoutePattern.RawText));
    }
}
