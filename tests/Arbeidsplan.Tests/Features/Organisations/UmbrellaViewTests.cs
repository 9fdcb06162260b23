using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Organisations;

/// <summary>
/// An umbrella (Innland over Hedm and Oppl, each importing its own register, setting its own requirements and templates) adds up its
/// counties: the member figures, the scorecard and its regions, the study requirements and the templates; a county copies the events it
/// hosts in the umbrella's date plan and is told of meetings already planned.
/// </summary>
public sealed class UmbrellaViewTests
{
    private sealed record Scene(Guid Umbrella, Guid Hedm, Guid Oppl, Guid H1, Guid O1, string UmbrellaLeader, string HedmLeader);

    private static async Task<Scene> BuildAsync(AppFactory app)
    {
        var r = app.Register();
        var national = await r.OrganisationAsync("Partiet", OrganisationKind.National);
        var umbrella = await r.OrganisationAsync("Innland parti", OrganisationKind.Umbrella, national);
        var hedm = await r.OrganisationAsync("Hedm parti", OrganisationKind.County, umbrella);
        var oppl = await r.OrganisationAsync("Oppl parti", OrganisationKind.County, umbrella);
        var north = await r.RegionAsync(hedm, "Nord");
        var south = await r.RegionAsync(oppl, "Nord");
        var h1 = await r.OrganisationAsync("Hamar lokallag", OrganisationKind.Local, hedm, north);
        var o1 = await r.OrganisationAsync("Gjøvik lokallag", OrganisationKind.Local, oppl, south);
        var leader = await r.PositionTypeAsync(national, "Leder", ScopeKind.Subtree);
        var kari = await r.PersonAsync("Kari Innland", umbrella, "kari.innland@test.no");
        await r.PositionAsync(kari, leader, organisation: umbrella);
        var hege = await r.PersonAsync("Hege Hedm", hedm, "hege.hedm@test.no");
        await r.PositionAsync(hege, leader, organisation: hedm);
        return new Scene(umbrella, hedm, oppl, h1, o1, await r.UserAsync("kari.innland@test.no", kari), await r.UserAsync("hege.hedm@test.no", hege));
    }

    private static async Task ImportAsync(HttpClient client, Guid county, string branch, int members)
    {
        var rows = string.Join("\n", Enumerable.Range(1, members).Select(i => $"{county.ToString()[..4]}{i};{branch};01.03.2019;2026;1980;K"));
        var response = await client.PostAsJsonAsync("/api/members/import",
            new { organisationId = county, takenOn = "2026-05-01", text = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n" + rows, apply = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Umbrella_AddsUpItsCountiesImports_InTheMemberFiguresAndTheScorecard()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var kari = await app.SignedInClientAsync(s.UmbrellaLeader);
        await ImportAsync(kari, s.Hedm, "Hamar lokallag", 3);
        await ImportAsync(kari, s.Oppl, "Gjøvik lokallag", 2);

        var figures = await kari.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={s.Umbrella}");
        var card = await kari.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={s.Umbrella}");

        Assert.Equal(5, figures.GetProperty("total").GetProperty("paying").GetInt32());
        Assert.Equal("2026-05-01", figures.GetProperty("latest").GetString());
        var paying = card.GetProperty("branches").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetGuid(), b => b.GetProperty("paying").GetInt32());
        Assert.Equal(new Dictionary<Guid, int> { [s.H1] = 3, [s.O1] = 2 }, paying);
        Assert.Equal(["Hedm parti: Nord", "Oppl parti: Nord"], card.GetProperty("regionChoices").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());
    }

    [Fact]
    public async Task Umbrella_ShowsItsCountiesRequirements_EachOnlyForThatCountysBranches_AndTheirTemplates()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.StudyRequirements.Add(new StudyRequirement(s.Hedm, "Én studiering i Hedm", RequirementKind.CircleEachYear, 2026, null, new LocalDate(2026, 10, 1)));
            db.EventTemplates.Add(new EventTemplate(s.Hedm, "Hedms mellomår", YearType.MidTerm));
            await db.SaveChangesAsync();
            return 0;
        });
        var kari = await app.SignedInClientAsync(s.UmbrellaLeader);

        var study = await kari.GetFromJsonAsync<JsonElement>($"/api/study?organisationId={s.Umbrella}&year=2026");
        var templates = await kari.GetFromJsonAsync<JsonElement>($"/api/calendar/templates?organisationId={s.Umbrella}");

        Assert.Equal("Én studiering i Hedm", Assert.Single(study.GetProperty("requirements").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal([s.H1], study.GetProperty("matrix").EnumerateArray().Select(m => m.GetProperty("organisationId").GetGuid()).ToList());
        var template = Assert.Single(templates.EnumerateArray());
        Assert.Equal(("Hedms mellomår", "Hedm parti"), (template.GetProperty("name").GetString(), template.GetProperty("from").GetString()));
    }

    [Fact]
    public async Task CopyYear_CopiesWhatTheCountyHostsInTheUmbrellasPlan_AndWarnsOfMeetingsAlreadyPlanned()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var board = EventKind.IdOf(EventKind.BoardMeeting);
        await app.WithDbAsync(async db =>
        {
            db.Events.Add(new Event(s.Umbrella, new EventDetails(board, "Styremøte Hedm", HostId: s.Hedm), EventWhen.Day(new LocalDate(2026, 3, 10))));
            db.Events.Add(new Event(s.Umbrella, new EventDetails(board, "Styremøte Innland"), EventWhen.Day(new LocalDate(2026, 3, 12))));
            db.Events.Add(new Event(s.Umbrella, new EventDetails(board, "Styremøte Hedm 2027", HostId: s.Hedm), EventWhen.Day(new LocalDate(2027, 1, 20))));
            await db.SaveChangesAsync();
            return 0;
        });
        var hege = await app.SignedInClientAsync(s.HedmLeader);

        var made = await (await hege.PostAsJsonAsync("/api/calendar/copy-year", new { organisationId = s.Hedm, fromYear = 2026 })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((1, 1), (made.GetProperty("count").GetInt32(), made.GetProperty("alreadyPlanned").GetInt32()));
        var draft = await app.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Status == EventStatus.Draft)));
        Assert.Equal(("Styremøte Hedm", s.Umbrella, (Guid?)s.Hedm), (draft.Title, draft.OrganisationId, draft.HostId));
    }
}
