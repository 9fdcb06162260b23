using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Plans;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's plans, entered through the plan importer from documents written for the demo in the shape of the
/// users' own plans: Hedmark 2025 (reported, statuses filled in), Hedmark 2026 (adopted, under way) and Akershus 2026.
/// </summary>
internal sealed class DemoPlans(AppDbContext db, IClock clock)
{
    private const string Author = "Demodata";

    // Goals and measures that share one of these words are linked, so progress rolls up to the goals.
    private static readonly string[] LinkWords = ["medlem", "liste", "studiering", "morgenmøte", "studietime"];

    public async Task LoadAsync(Guid hedmark, Guid akershus, Domain.Meetings.Meeting hedmarkAnnualMeeting)
    {
        var today = clock.Today();
        var owners = new OwnerResolver(db, new OrganisationDirectory(db, new OrganisationRegisterCopy()));
        var plan2025 = await ImportAsync(owners, "hedmark-arbeidsplan-2025.md", hedmark);
        var plan2026 = await ImportAsync(owners, "hedmark-arbeidsplan-2026.txt", hedmark);
        var akershusPlan = await ImportAsync(owners, "akershus-handlingsplan-2026.txt", akershus);

        plan2025.Adopt("Fylkesårsmøtet i Hedmark Senterparti", new LocalDate(2025, 2, 16));
        plan2026.Adopt(hedmarkAnnualMeeting.Title, hedmarkAnnualMeeting.StartsAt.Date, hedmarkAnnualMeeting.Id);
        akershusPlan.Adopt("Fylkesårsmøtet i Akershus Senterparti", new LocalDate(2026, 3, 7));
        foreach (var plan in new[] { plan2025, plan2026, akershusPlan })
        {
            plan.IsDemo = true;
            LinkGoals(plan.Id);
        }
        Report(plan2025.Id, new LocalDate(2025, 12, 15), today, [MeasureStatus.Done, MeasureStatus.Done, MeasureStatus.Done, MeasureStatus.Dropped, MeasureStatus.Done, MeasureStatus.Postponed]);
        Report(plan2026.Id, new LocalDate(2026, 9, 30), today, [MeasureStatus.Done, MeasureStatus.UnderWay, MeasureStatus.NotStarted, MeasureStatus.UnderWay]);
        Report(akershusPlan.Id, new LocalDate(2026, 10, 1), today, [MeasureStatus.UnderWay, MeasureStatus.Done, MeasureStatus.NotStarted]);
        SetMembers(plan2025.Id, 1100, new LocalDate(2025, 12, 31), 955, new LocalDate(2025, 12, 31));
        SetMembers(plan2026.Id, 1000, new LocalDate(2026, 12, 31), 968, Earlier(new LocalDate(2026, 9, 30), today));
        await db.SaveChangesAsync();

        foreach (var plan in new[] { plan2025, plan2026, akershusPlan })
        {
            await PlanLifecycle.KeepRevisionAsync(db, plan.Id, PlanState.Adopted, plan.AdoptedOn!.Value, "Vedtatt (demo)", Author, clock.GetCurrentInstant());
        }
    }

    private async Task<Plan> ImportAsync(OwnerResolver owners, string file, Guid organisationId)
    {
        var imported = PlanDocument.Parse(Read(file));
        if (imported.Tables.FirstOrDefault(t => t.Doubt is not null) is { } unsettled)
        {
            // A user settles such a table's columns before it is saved; the demo's own plans must read right without anyone to ask.
            throw new InvalidOperationException($"Demoplanen {file}: tabell {unsettled.Number} leses ikke sikkert: {unsettled.Doubt}");
        }
        var period = PlanPeriod.Year(imported.Year ?? throw new InvalidOperationException($"Demoplanen {file} mangler årstall."));
        var (plan, _) = await PlanImport.AddAsync(db, owners, imported, organisationId, imported.Title + " (demo)", PlanKind.Annual, period);
        return plan;
    }

    private void LinkGoals(Guid planId)
    {
        var goals = db.ChangeTracker.Entries<Goal>().Select(e => e.Entity).Where(g => g.PlanId == planId).ToList();
        var measures = db.ChangeTracker.Entries<Measure>().Select(e => e.Entity).Where(m => m.PlanId == planId).ToList();
        foreach (var m in measures)
        {
            var words = LinkWords.Where(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
            m.LinkGoals(goals.Where(g => words.Any(w => g.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(g => g.Id));
        }
    }

    /// <summary>Fills in statuses in a repeating pattern, each with a dated note, as if the year had been followed up.</summary>
    private void Report(Guid planId, LocalDate on, LocalDate today, MeasureStatus[] pattern)
    {
        var date = Earlier(on, today);
        var measures = db.ChangeTracker.Entries<Measure>().Select(e => e.Entity).Where(m => m.PlanId == planId).OrderBy(m => m.Order).ToList();
        for (var i = 0; i < measures.Count; i++)
        {
            var status = pattern[i % pattern.Length];
            if (status == MeasureStatus.NotStarted)
            {
                continue;
            }
            db.StatusNotes.Add(measures[i].SetStatus(status, date, $"Demo: {status.Label().ToLowerInvariant()} etter oppfølging i fylkesstyret.",
                Author, clock.GetCurrentInstant()));
        }
    }

    private void SetMembers(Guid planId, decimal target, LocalDate targetOn, decimal current, LocalDate currentOn)
    {
        foreach (var goal in db.ChangeTracker.Entries<Goal>().Select(e => e.Entity).Where(g => g.PlanId == planId && g.Indicator is not null))
        {
            var i = goal.Indicator!;
            goal.SetIndicator(new Indicator(i.Name, i.Unit, i.Baseline, i.BaselineOn, target, targetOn, current, currentOn));
        }
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;

    internal static string Read(string file)
    {
        var name = $"Arbeidsplan.Web.Features.Demo.Files.{file}";
        using var stream = typeof(DemoPlans).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Fant ikke demoplanen {name} i programmet.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
