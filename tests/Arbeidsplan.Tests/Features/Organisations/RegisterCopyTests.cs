using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Features.Organisations;

/// <summary>
/// The instance keeps its copy of the organisation register while the register's stamp in the database is the same: a change saved
/// anywhere (another instance, a job) gives a new stamp, so the next request reads the register again.
/// </summary>
public sealed class RegisterCopyTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Copy_OrganisationRenamedThroughAnotherContext_NextRequestShowsTheNewName()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        Assert.Equal("Alfa lokallag", await NameOfAsync(client, W.BranchA));

        // Another scope stands for another instance: it shares nothing with the first but the database.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var branch = await db.Organisations.SingleAsync(o => o.Id == W.BranchA);
            branch.Update("Alfa og omegn lokallag", branch.ShortName, branch.Kind);
            await db.SaveChangesAsync();
        }

        Assert.Equal("Alfa og omegn lokallag", await NameOfAsync(client, W.BranchA));
    }

    [Fact]
    public async Task Copy_StampUnchanged_RegisterNotReadAgain()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var before = await NameOfAsync(client, W.BranchB);

        // A write that goes around the app leaves the stamp as it was: the copy still answers, which shows it is the copy that answers.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Organisations.Where(o => o.Id == W.BranchB).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Skrevet utenom"));
            Assert.Equal(before, await NameOfAsync(client, W.BranchB));

            await db.MarkOrganisationsChangedAsync();
            await db.SaveChangesAsync();
        }

        Assert.Equal("Skrevet utenom", await NameOfAsync(client, W.BranchB));
    }

    private static async Task<string?> NameOfAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/organisations"))!
            .Single(o => o.GetProperty("id").GetGuid() == id).GetProperty("name").GetString();
}
