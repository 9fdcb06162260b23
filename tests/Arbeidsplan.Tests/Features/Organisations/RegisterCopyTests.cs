using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
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

    [Fact]
    public async Task Copy_MunicipalityAnsweredForOrRenamedThroughAnotherContext_NextReadUnderTheNewStampHasIt()
    {
        var municipality = new Municipality(MunicipalityNumber.Parse("9907"), "Nyby");
        await InAnotherContextAsync(db => db.Municipalities.Add(municipality).Context.SaveChangesAsync());
        Assert.DoesNotContain(await AnsweredAsync(), a => a.Municipality == municipality.Id);

        await InAnotherContextAsync(db => db.CountyMunicipalities.Add(new CountyMunicipality(W.County, municipality.Id)).Context.SaveChangesAsync());
        Assert.Contains(await AnsweredAsync(), a => a.County == W.County && a.Name == "Nyby");

        await InAnotherContextAsync(async db =>
        {
            var found = await db.Municipalities.SingleAsync(m => m.Id == municipality.Id);
            found.Update(found.Number, "Nyby sentrum");
            await db.SaveChangesAsync();
        });
        Assert.Contains(await AnsweredAsync(), a => a.County == W.County && a.Name == "Nyby sentrum");
    }

    [Fact]
    public async Task Copy_ConstituencyAddedThroughAnotherContext_NextReadUnderTheNewStampHasIt()
    {
        var election = new Election(W.National, ElectionKind.Sameting, new NodaTime.LocalDate(2033, 9, 12), "Sametingsvalg 2033");
        await InAnotherContextAsync(db => db.Elections.Add(election).Context.SaveChangesAsync());
        Assert.DoesNotContain((await SourceAsync()).Constituencies, c => c.ElectionId == election.Id);

        await InAnotherContextAsync(db => db.Constituencies.Add(new Constituency(election.Id, 1, "Østre valgkrets", W.County)).Context.SaveChangesAsync());
        Assert.Contains((await SourceAsync()).Constituencies, c => c.ElectionId == election.Id && c.Name == "Østre valgkrets");
    }

    /// <summary>Another scope stands for another instance: it shares nothing with the request's but the database.</summary>
    private async Task InAnotherContextAsync(Func<AppDbContext, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<IReadOnlyList<(Guid County, Guid Municipality, string Name)>> AnsweredAsync() => (await SourceAsync()).Answered;

    /// <summary>As a request reads them: the stamp with the user, then the register and what the lists are made from under it.</summary>
    private async Task<NominationListSource> SourceAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<OrganisationDirectory>();
        directory.StampIs(await db.SystemSettings.Where(s => s.Key == SystemSetting.OrganisationsChanged).Select(s => s.Value).FirstOrDefaultAsync());
        await directory.AllAsync();
        return await directory.NominationListSourceAsync();
    }

    private static async Task<string?> NameOfAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/organisations"))!
            .Single(o => o.GetProperty("id").GetGuid() == id).GetProperty("name").GetString();
}
