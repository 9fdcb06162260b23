using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A nomination step not taken reminds the list's branch leader and its committee two weeks before its target; a step taken is silent.</summary>
public sealed class NominationReminderTests
{
    [Fact]
    public async Task NominationStep_RemindsTheBranchLeaderAndTheCommittee_TwoWeeksAhead_ButNotATakenStep()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app, typeName: "Leder");
        var r = app.Register();
        var leader = await r.PersonAsync("Lise Lagleder", scene.Branch, ReminderScene.UniqueEmail("lise"));
        await r.PositionAsync(leader, scene.Type, organisation: scene.Branch);
        var committee = await r.BodyAsync(scene.Branch, "Nominasjonskomiteen", BodyKind.Committee);
        var nominates = await app.WithDbAsync(async db =>
        {
            var type = new PositionType(scene.Party, "Komitémedlem", ScopeKind.OwnUnit, roles: PositionRole.Nominates);
            db.Add(type);
            await db.SaveChangesAsync();
            return type.Id;
        });
        var member = await r.PersonAsync("Kåre Komité", scene.Branch, ReminderScene.UniqueEmail("kare"));
        await r.PositionAsync(member, nominates, body: committee);
        await app.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9911"), "Minneby");
            db.Add(place);
            db.Add(new CountyMunicipality(scene.County, place.Id));
            (await db.Organisations.FindAsync(scene.Branch))!.CoverMunicipality(place.Id);
            var election = new Election(scene.County, ElectionKind.Local, new LocalDate(2027, 9, 13));
            // Minneby sent its survey early: that reminder must not come; the county's own list has not.
            election.SetTargets([new StepTarget(NominationStepKind.CommitteeAppointed, new LocalDate(2026, 9, 1)), new StepTarget(NominationStepKind.SurveySent, new LocalDate(2026, 9, 1))]);
            var nomination = new Nomination(election.Id, scene.County, place.Id);
            nomination.Record(NominationStepKind.SurveySent, new LocalDate(2026, 6, 1), election.Day, new LocalDate(2026, 6, 1), "Lise Lagleder", null);
            db.AddRange(election, nomination);
            await db.SaveChangesAsync();
        });

        await app.DecideAsync(new LocalDate(2026, 8, 17));
        var early = await NotesAsync(app);
        await app.DecideAsync(new LocalDate(2026, 8, 18));
        var due = await NotesAsync(app);

        Assert.Empty(early);
        Assert.Equal(
            [
                (scene.Person, "Kandidatundersøkelse sendt: målet er 1.9.2026 (Fylkestinget (Testfylke parti))"),
                (scene.Person, "Nominasjonskomité oppnevnt: målet er 1.9.2026 (Fylkestinget (Testfylke parti))"),
                (leader, "Nominasjonskomité oppnevnt: målet er 1.9.2026 (Minneby)"),
                (member, "Nominasjonskomité oppnevnt: målet er 1.9.2026 (Minneby)"),
            ],
            due.Select(n => (n.PersonId, n.Title)).OrderBy(n => n.Title, StringComparer.Ordinal).ThenBy(n => n.PersonId == member));
        Assert.All(due, n => Assert.Contains("/valg/liste?valg=", n.Link));
    }

    private static Task<List<Notification>> NotesAsync(AppFactory app) =>
        ReminderFixtures.ListAsync(app, db => db.Notifications.Where(n => n.Kind == ReminderKind.NominationStepDue));
}
