using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.DatePlan.Import;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's date plan: the statutes' January window and the board's notice rule, the elections of 2025 and 2027,
/// Innlandet's 2025 and 2026 date plans entered through the date-plan importer, Akershus' series and the year templates.
/// </summary>
internal sealed class DemoCalendar(AppDbContext db, IClock clock, DatePlanImport import)
{
    public async Task LoadAsync(DemoWorld world)
    {
        var now = clock.GetCurrentInstant();
        var annual = EventKind.IdOf(EventKind.AnnualMeeting);
        var board = EventKind.IdOf(EventKind.BoardMeeting);
        db.StatutoryWindows.Add(new StatutoryWindow(world.National.Id, "Lokallagsårsmøter", annual, OrganisationKind.Local, AnnualSpan.Months(1, 1),
            "Lokallagene holder årsmøte i løpet av januar, etter vedtektene.") { IsDemo = true });
        foreach (var (county, body) in new[] { (world.Hedmark, world.HedmarkBoard), (world.Oppland, world.OpplandBoard), (world.Akershus, world.AkershusBoard) })
        {
            db.DeadlineRules.Add(new DeadlineRule(county.Id, "Innkalling til fylkesstyremøtet sendes", board, body.Id, 14,
                "Innkalling og saksliste sendes styret minst to uker før møtet.") { IsDemo = true });
        }
        var election = EventKind.IdOf(EventKind.Election);
        Add(world.National.Id, new EventDetails(election, "Stortingsvalg og sametingsvalg"), EventWhen.Day(new LocalDate(2025, 9, 8)), now);
        Add(world.National.Id, new EventDetails(election, "Kommune- og fylkestingsvalg"), EventWhen.Day(new LocalDate(2027, 9, 13)), now);
        await db.SaveChangesAsync();

        foreach (var (file, year) in new[] { ("innlandet-datoplan-2025.md", 2025), ("innlandet-datoplan-2026.txt", 2026) })
        {
            var result = await import.RunAsync(new DatePlanImportInput
            {
                OrganisationId = world.Innlandet.Id, Year = year, Text = DemoPlans.Read(file), Apply = true,
            });
            if (result.Value is not { Saved: true })
            {
                throw new InvalidOperationException($"Demodatoplanen {file} kunne ikke importeres: {result.Message}");
            }
        }

        AddAkershusSeries(world, now);
        foreach (var (town, day) in new[] { ("Hamar", 22), ("Elverum", 27), ("Ringsaker", 15), ("Stange", 29), ("Kongsvinger", 34) })
        {
            var date = new LocalDate(2026, 1, 1).PlusDays(day - 1);
            Add(world.BranchIn(town).Id, new EventDetails(annual, $"Årsmøte i {town} Senterparti", Place: $"{town}", Visibility: EventVisibility.Members), EventWhen.Day(date), now);
        }
        AddTemplates(world.Hedmark.Id);
        await db.SaveChangesAsync();
    }

    private void AddAkershusSeries(DemoWorld world, Instant now)
    {
        var other = EventKind.IdOf(EventKind.Other);
        var until = new LocalDate(2026, 12, 15);
        var morning = new EventWhen(new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 6), new LocalTime(8, 0), new LocalTime(8, 45));
        var tuesdays = Add(world.Akershus.Id, new EventDetails(other, "Tirsdagsmøte med stortingsrepresentanten", Place: "Teams",
            Description: "Digitalt morgenmøte for tillitsvalgte og folkevalgte; åpent for alle medlemmer.", Visibility: EventVisibility.Members),
            morning, now, new RecurrenceRule(RepeatFrequency.Weekly, until: until));
        // Summer break and Christmas: the series keeps going in the plan, these weeks are cancelled.
        foreach (var date in new[] { new LocalDate(2026, 7, 7), new LocalDate(2026, 7, 14), new LocalDate(2026, 7, 21), new LocalDate(2026, 7, 28) })
        {
            tuesdays.ChangeOccurrence(date, null);
        }
        var forum = world.Bodies.Single(b => b.OrganisationId == world.Akershus.Id && b.Name == "Lokalpolitisk forum");
        Add(world.Akershus.Id, new EventDetails(other, "Lokalpolitisk forum", forum.Id, "Teams", Visibility: EventVisibility.Body),
            new EventWhen(new LocalDate(2026, 1, 8), new LocalDate(2026, 1, 8), new LocalTime(19, 0), new LocalTime(20, 0)), now,
            new RecurrenceRule(RepeatFrequency.Weekly, 2, until: until));
        var mayors = world.Bodies.Single(b => b.OrganisationId == world.Akershus.Id && b.Name == "Ordførerforum");
        Add(world.Akershus.Id, new EventDetails(other, "Ordførerforum", mayors.Id, "Fylkeskontoret, Oslo", Visibility: EventVisibility.Body),
            new EventWhen(new LocalDate(2026, 2, 12), new LocalDate(2026, 2, 12), new LocalTime(17, 0), new LocalTime(20, 0)), now, RecurrenceRule.TimesAYear(4, count: 4));
        var groups = world.Bodies.Single(b => b.OrganisationId == world.Akershus.Id && b.Name == "Gruppelederforum");
        Add(world.Akershus.Id, new EventDetails(other, "Gruppelederforum (digitalt)", groups.Id, "Teams", Visibility: EventVisibility.Body),
            new EventWhen(new LocalDate(2026, 3, 18), new LocalDate(2026, 3, 18), new LocalTime(19, 0), new LocalTime(21, 0)), now);
        Add(world.Akershus.Id, new EventDetails(other, "Gruppelederforum (fysisk samling)", groups.Id, "Lillestrøm", Visibility: EventVisibility.Body),
            EventWhen.Day(new LocalDate(2026, 10, 17)), now);
    }

    private void AddTemplates(Guid hedmark)
    {
        var k = EventKind.IdOf;
        var electionYear = new EventTemplate(hedmark, "Aktivitetsplan valgår", YearType.ElectionYear) { IsDemo = true };
        electionYear.ReplaceItems([
            (1, null, k(EventKind.AnnualMeeting), "Lokallagsårsmøter"), (1, null, k(EventKind.Course), "Kandidatskolering"),
            (2, null, k(EventKind.AnnualMeeting), "Fylkesårsmøte"), (3, null, k(EventKind.RegionMeeting), "Regionmøter"),
            (4, null, k(EventKind.CampaignDay), "Nasjonal aksjonsdag"), (6, null, k(EventKind.Course), "Valgkampskolering for lokallagene"),
            (8, null, k(EventKind.CampaignDay), "Valgkampåpning og aksjonsdag"), (9, null, k(EventKind.Election), "Valgdagen"),
            (10, null, k(EventKind.Other), "Evaluering av valgkampen"), (11, null, k(EventKind.Other), "Oppstart av nominasjonsarbeidet for neste valg"),
        ]);
        var midTerm = new EventTemplate(hedmark, "Aktivitetsplan mellomår", YearType.MidTerm) { IsDemo = true };
        midTerm.ReplaceItems([
            (1, null, k(EventKind.AnnualMeeting), "Lokallagsårsmøter"), (2, null, k(EventKind.AnnualMeeting), "Fylkesårsmøte"),
            (2, null, k(EventKind.Course), "Kurs for lokallagsledere og kasserere"), (3, null, k(EventKind.RegionMeeting), "Regionmøter"),
            (4, null, k(EventKind.StudyGathering), "Studiering i alle lokallag"), (9, null, k(EventKind.Course), "Medarbeiderkonferanse"),
            (10, null, k(EventKind.Other), "Nominasjonskomiteer settes ned"), (11, null, k(EventKind.Other), "Medlemsverving før årsskiftet"),
        ]);
        db.EventTemplates.AddRange(electionYear, midTerm);
        db.TemplateItems.AddRange(electionYear.Items.Concat(midTerm.Items));
    }

    private Event Add(Guid organisationId, EventDetails details, EventWhen when, Instant now, RecurrenceRule? repeat = null)
    {
        var e = new Event(organisationId, details, when, repeat) { IsDemo = true, UpdatedAt = now };
        db.Events.Add(e);
        return e;
    }
}
