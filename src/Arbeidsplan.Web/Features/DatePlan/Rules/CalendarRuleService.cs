using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Rules;

public sealed class WindowInput
{
    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public Guid KindId { get; set; }
    public OrganisationKind AppliesTo { get; set; } = OrganisationKind.Local;
    public int FromMonth { get; set; } = 1;
    public int FromDay { get; set; } = 1;
    public int ToMonth { get; set; } = 1;
    public int ToDay { get; set; } = 31;
    public string? Description { get; set; }
    public long Version { get; set; }
}

public sealed class DeadlineRuleInput
{
    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public Guid KindId { get; set; }
    public Guid? BodyId { get; set; }
    public int DaysBefore { get; set; } = 14;
    public string? Description { get; set; }
    public long Version { get; set; }
}

public sealed record WindowRow(Guid Id, Guid OrganisationId, string OrganisationName, string Title, Guid KindId, string KindName, OrganisationKind AppliesTo,
    string SpanLabel, DateOnly From, DateOnly To, string? Description, IReadOnlyList<ComplianceRow> Organisations, int Missing, bool CanEdit, long Version);

public sealed record ComplianceRow(Guid OrganisationId, string Name, DateOnly? HeldOn);

public sealed record DeadlineRuleRow(Guid Id, Guid OrganisationId, string OrganisationName, string Title, Guid KindId, string KindName, Guid? BodyId,
    string? BodyName, int DaysBefore, string? Description, bool CanEdit, long Version);

public sealed record RulesView(IReadOnlyList<WindowRow> Windows, IReadOnlyList<DeadlineRuleRow> Deadlines, IReadOnlyList<CalendarItem> DueSoon);

/// <summary>Statutory windows and derived-deadline rules: who has not held the meeting the statutes require, and which notices are due.</summary>
public sealed class CalendarRuleService(AppDbContext db, Guard guard, CalendarFamily family, OrganisationDirectory directory, CalendarQueries calendar, IClock clock)
{
    public async Task<RulesView?> ViewAsync(Guid organisationId, int year)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var members = await family.OfAsync(organisationId, false);
        var ids = members.Select(m => m.Id).ToList();
        var names = members.ToDictionary(m => m.Id, m => m.DisplayName);
        var kinds = (await calendar.KindsAsync()).ToDictionary(k => k.Id, k => k.Name);
        var stored = await db.StatutoryWindows.AsNoTracking().Where(w => ids.Contains(w.OrganisationId)).OrderBy(w => w.FromMonth).ToListAsync();
        var targetsOf = new Dictionary<Guid, List<(Guid Id, string Name)>>();
        foreach (var w in stored)
        {
            var targets = new List<(Guid Id, string Name)>();
            foreach (var o in await directory.BelowAsync(w.OrganisationId, w.AppliesTo))
            {
                if (await guard.ReadsOrganisation(o.Id))
                {
                    targets.Add((o.Id, o.DisplayName));
                }
            }
            targetsOf[w.Id] = targets;
        }
        // The events of every window in one read (their kinds, over the span that holds them all), shared out below.
        var spans = stored.ToDictionary(w => w.Id, w => w.Span.In(year));
        var events = stored.Count == 0 ? [] : await calendar.EventsAsync([.. targetsOf.Values.SelectMany(t => t).Select(t => t.Id).Distinct()],
            new DateInterval(spans.Values.Min(s => s.Start), spans.Values.Max(s => s.End)), new CalendarFilter(), [.. stored.Select(w => w.KindId).Distinct()]);
        var windows = new List<WindowRow>();
        foreach (var w in stored)
        {
            var (span, targets) = (spans[w.Id], targetsOf[w.Id]);
            var theirs = targets.Select(t => t.Id).ToHashSet();
            var compliance = WindowCompliance.Check(w, year, targets,
                events.Where(e => e.KindId == w.KindId && theirs.Contains(e.OrganisationId)).SelectMany(e => e.OccurrencesIn(span)));
            windows.Add(new WindowRow(w.Id, w.OrganisationId, names.GetValueOrDefault(w.OrganisationId, ""), w.Title, w.KindId, kinds.GetValueOrDefault(w.KindId, ""),
                w.AppliesTo, w.Span.Label, span.Start.ToDateOnly(), span.End.ToDateOnly(), w.Description,
                compliance.Select(c => new ComplianceRow(c.OrganisationId, c.Name, c.HeldOn?.ToDateOnly())).ToList(), compliance.Count(c => c.IsMissing),
                await guard.CoversOrganisation(w.OrganisationId), w.Version));
        }
        var bodyNames = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.OrganisationId)).ToDictionaryAsync(b => b.Id, b => b.Name);
        var storedRules = await db.DeadlineRules.AsNoTracking().Where(r => ids.Contains(r.OrganisationId)).OrderBy(r => r.Title).ToListAsync();
        var rules = new List<DeadlineRuleRow>();
        foreach (var r in storedRules)
        {
            rules.Add(new DeadlineRuleRow(r.Id, r.OrganisationId, names.GetValueOrDefault(r.OrganisationId, ""), r.Title, r.KindId, kinds.GetValueOrDefault(r.KindId, ""),
                r.BodyId, r.BodyId is { } b ? bodyNames.GetValueOrDefault(b) : null, r.DaysBefore, r.Description, await guard.CoversOrganisation(r.OrganisationId), r.Version));
        }
        var today = calendar.Today;
        var soon = (await calendar.ItemsAsync(members, new DateInterval(today, today.PlusDays(60)), new CalendarFilter { OnlyRuleDeadlines = true }, storedRules))
            .Where(i => i.Source == ItemSource.RuleDeadline).ToList();
        return new RulesView(windows, rules, soon);
    }

    public Task<Outcome<Guid>> SaveWindowAsync(Guid? id, WindowInput input) => Outcome.Try(async () =>
    {
        var w = id is { } existing ? await db.StatutoryWindows.SingleOrDefaultAsync(x => x.Id == existing) : null;
        if (id is not null && (w is null || !await guard.CoversOrganisation(w.OrganisationId)))
        {
            return Outcome<Guid>.NotFound();
        }
        if (await CheckChoiceAsync(input.OrganisationId, input.KindId, w?.OrganisationId) is { } invalid)
        {
            return invalid;
        }
        var span = new AnnualSpan(input.FromMonth, input.FromDay, input.ToMonth, input.ToDay);
        if (w is not null)
        {
            db.ExpectVersion(w, input.Version);
            w.Update(input.Title!, input.KindId, input.AppliesTo, span, input.Description);
        }
        else
        {
            w = new StatutoryWindow(input.OrganisationId, input.Title!, input.KindId, input.AppliesTo, span, input.Description);
            db.StatutoryWindows.Add(w);
        }
        await db.SaveChangesAsync();
        return w.Id;
    });

    public Task<Outcome<Guid>> SaveDeadlineRuleAsync(Guid? id, DeadlineRuleInput input) => Outcome.Try(async () =>
    {
        var r = id is { } existing ? await db.DeadlineRules.SingleOrDefaultAsync(x => x.Id == existing) : null;
        if (id is not null && (r is null || !await guard.CoversOrganisation(r.OrganisationId)))
        {
            return Outcome<Guid>.NotFound();
        }
        if (await CheckChoiceAsync(input.OrganisationId, input.KindId, r?.OrganisationId) is { } invalid)
        {
            return invalid;
        }
        if (input.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId && b.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Organet hører ikke til organisasjonen.");
        }
        if (r is not null)
        {
            db.ExpectVersion(r, input.Version);
            r.Update(input.Title!, input.KindId, input.BodyId, input.DaysBefore, input.Description);
        }
        else
        {
            r = new DeadlineRule(input.OrganisationId, input.Title!, input.KindId, input.BodyId, input.DaysBefore, input.Description);
            db.DeadlineRules.Add(r);
        }
        r.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return r.Id;
    });

    /// <summary>The organisation is one the user covers (a rule stays with the organisation it was made for) and the kind exists.</summary>
    private async Task<Outcome<Guid>?> CheckChoiceAsync(Guid organisationId, Guid kindId, Guid? current)
    {
        if (current is { } owner && owner != organisationId)
        {
            return Outcome<Guid>.Invalid("OrganisationId", "En regel kan ikke flyttes til en annen organisasjon. Lag en ny.");
        }
        if (!await guard.CoversOrganisation(organisationId))
        {
            return Outcome<Guid>.Invalid("OrganisationId", "Velg en organisasjon du har tilgang til.");
        }
        return await db.EventKinds.AnyAsync(k => k.Id == kindId) ? null : Outcome<Guid>.Invalid("KindId", "Velg type hendelse.");
    }

    public Task<Outcome<Guid>> DeleteAsync(Guid id, long version) => Outcome.Try(async () =>
    {
        var window = await db.StatutoryWindows.SingleOrDefaultAsync(w => w.Id == id);
        var rule = window is null ? await db.DeadlineRules.SingleOrDefaultAsync(r => r.Id == id) : null;
        var owner = window?.OrganisationId ?? rule?.OrganisationId;
        if (owner is not { } org || !await guard.CoversOrganisation(org))
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(window is not null ? window : rule!, version);
        if (window is not null)
        {
            db.StatutoryWindows.Remove(window);
        }
        if (rule is not null)
        {
            db.DeadlineRules.Remove(rule);
        }
        await db.SaveChangesAsync();
        return id;
    });
}
