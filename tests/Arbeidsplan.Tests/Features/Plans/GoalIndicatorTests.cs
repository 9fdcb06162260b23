using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Features.Meetings;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>A goal whose count the system keeps itself (paying members, study hours, people at meetings, lists filed) shows today's value, not one typed in once.</summary>
public sealed class GoalIndicatorTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task GoalOfPayingMembers_ImportedFromText_ShowsThePayingMembersOfTheLatestImport()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var figures = new[] { new { branchId = W.BranchA, paying = 40 }, new { branchId = W.BranchB, paying = 60 } };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/year-end", new { organisationId = W.County, year = 2025, figures })).StatusCode);
        const string text = "Arbeidsplan 2026\n\n1. Mål\nMålet er 150 betalende medlemmer per 31.12.2026.\n\n2. Tiltak\n• Vervekampanje.\n";

        var saved = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Plan med medlemsmål", text, apply = true });
        var planId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");

        var indicator = plan.GetProperty("goals")[0].GetProperty("indicator");
        Assert.Equal((150m, 100m, "medlemsregisteret"),
            (indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("current").GetDecimal(), indicator.GetProperty("countedFrom").GetString()));
    }

    [Fact]
    public async Task GoalOfStudyHours_InLastYearsPlan_CountsThatYearsCircles_NotThisYears()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await client.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Timetellekurs" }));
        foreach (var (from, to, hours) in new[] { ("2025-03-03", "2025-04-28", 12), ("2026-03-02", "2026-04-27", 8) })
        {
            await Created(await client.PostAsJsonAsync("/api/study/circles", new { organisationId = W.BranchA, materialId = material, startsOn = from, endsOn = to, participants = 5, hours, leaderName = "Tim Teller" }));
        }

        var indicator = await ImportedIndicatorAsync(client, "Arbeidsplan 2025\n\n1. Mål\nFylkeslaget skal ha 40 studietimer.\n\n2. Tiltak\n• Studieringer.\n");

        Assert.Equal((40m, 12m, "studiearbeidet"), (indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("current").GetDecimal(), indicator.GetProperty("countedFrom").GetString()));
    }

    [Fact]
    public async Task GoalOfPeopleAtMeetings_CountsThoseTheMinutesRecordAsPresent_PerMeeting()
    {
        var c = await Committee.CreateAsync(app, "Oppmøtestyret");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(W, secretary, c.Body, "Tirsdagsmøte", "2026-05-19");
        await Ok(await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, c.Secretary, c.Member }, version = await app.MinutesVersionAsync(meeting) }));
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var indicator = await ImportedIndicatorAsync(client, "Arbeidsplan 2026\n\n1. Mål\nMinst 30 personer skal delta på tirsdagsmøtene.\n\n2. Tiltak\n• Tirsdagsmøter.\n");

        Assert.Equal((30m, 3m, "møteprotokollene"), (indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("current").GetDecimal(), indicator.GetProperty("countedFrom").GetString()));
    }

    [Fact]
    public async Task GoalOfListsFiled_CountsTheListsFiledInTheComingElection()
    {
        await app.WithDbAsync(async db =>
        {
            db.Municipalities.Add(new Municipality(MunicipalityNumber.Parse("9941"), "Indikatorby"));
            await db.SaveChangesAsync();
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9941" } }));
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13" }));
        await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, kind = "ListFiled", on = "2026-05-20", version = (long?)null }));
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var indicator = await ImportedIndicatorAsync(client, "Arbeidsplan 2026\n\n1. Mål\nVi skal levere lister i 22 kommuner ved kommunevalget.\n\n2. Tiltak\n• Nominasjon.\n");

        Assert.Equal((22m, 1m, "nominasjonene"), (indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("current").GetDecimal(), indicator.GetProperty("countedFrom").GetString()));
    }

    [Fact]
    public async Task GoalEdited_KeepsOrChangesWhereItsValueIsCountedFrom()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Kildeplan", kind = "Annual", fromYear = 2026 }));
        var goal = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/goals", new { text = "Flere møter", indicatorName = "Deltakere per møte", target = 20, source = "MeetingAttendance" }));
        string? CountedFrom(JsonElement p) => p.GetProperty("goals")[0].GetProperty("indicator").GetProperty("countedFrom").GetString();

        var linked = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");
        var typed = await client.PutAsJsonAsync($"/api/plans/{plan}/goals/{goal}", new { text = "Flere møter", indicatorName = "Deltakere per møte", target = 20, source = "Manual", version = await app.VersionAsync(goal) });
        var unlinked = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");

        Assert.Equal("møteprotokollene", CountedFrom(linked));
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Null(CountedFrom(unlinked));
    }

    private async Task<JsonElement> ImportedIndicatorAsync(HttpClient client, string text)
    {
        var saved = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = $"Plan {Guid.NewGuid():N}"[..13], text, apply = true });
        var planId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        return (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}")).GetProperty("goals")[0].GetProperty("indicator");
    }
}
