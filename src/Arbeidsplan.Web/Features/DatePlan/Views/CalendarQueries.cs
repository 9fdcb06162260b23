using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>Reads the calendar: events expanded into occurrences, with the deadlines rules and plans derive, limited to what the user may see.</summary>
public sealed class CalendarQueries(AppDbContext db, CurrentAccess access, Guard guard, CalendarFamily family, OrganisationDirectory directory, IClock clock)
{
    private IReadOnlyList<EventKindRow>? kinds;

    public async Task<IReadOnlyList<EventKindRow>> KindsAsync() =>
        kinds ??= await db.EventKinds.AsNoTracking().OrderBy(k => k.Order).ThenBy(k => k.Name)
            .Select(k => new EventKindRow(k.Id, k.Key, k.Name, k.IsBuiltIn)).ToListAsync();

    public LocalDate Today => clock.Today();

    /// <summary>
    /// The measures an event can carry out: those of the organisation's adopted plans that run now or ended within the last year (an
    /// event is planned in the plan's own period), newest plan first. All of them: a list cut short would hide the one the user wants.
    /// </summary>
    public async Task<IReadOnlyList<MeasureOption>> MeasureOptionsAsync(Guid organisationId)
    {
        var since = Today.PlusYears(-1);
        return await db.Measures.AsNoTracking()
            .Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { m.Id, m.Code, m.Text, m.Order, Plan = p.Title, p.PeriodFrom, p.PeriodTo, p.OrganisationId, p.State })
            .Where(m => m.OrganisationId == organisationId && m.State != PlanState.Draft && m.PeriodTo >= since)
            .OrderByDescending(m => m.PeriodFrom).ThenBy(m => m.Order)
            .Select(m => new MeasureOption(m.Id, m.Plan, m.Code, m.Text)).ToListAsync();
    }

    /// <summary>The bodies of the organisations given, for choosing a meeting's body.</summary>
    public async Task<IReadOnlyList<BodyOption>> BodiesAsync(IReadOnlyCollection<Guid> organisationIds) =>
        await db.Bodies.AsNoTracking().Where(b => organisationIds.Contains(b.OrganisationId))
            .Join(db.Organisations, b => b.OrganisationId, o => o.Id, (b, o) => new { b.Id, b.Name, Organisation = o.ShortName ?? o.Name })
            .OrderBy(b => b.Organisation).ThenBy(b => b.Name).Select(b => new BodyOption(b.Id, b.Name, b.Organisation)).ToListAsync();

    /// <summary>The date plan of an organisation for a year, grouped by month the way the plans print it; null when not readable.</summary>
    public async Task<DatePlanView?> YearAsync(CalendarFilter filter)
    {
        if (filter.OrganisationId is not { } orgId || await directory.FindAsync(orgId) is not { } org || !await guard.ReadsOrganisation(orgId))
        {
            return null;
        }
        var year = filter.Year ?? Today.Year;
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var members = await family.OfAsync(orgId, filter.WithBranches);
        var items = await ItemsAsync(members, window, filter);
        var months = Enumerable.Range(1, 12).Select(m => new MonthGroup(year, m, NorwegianDates.MonthTitle(m),
            items.Where(i => MonthOf(i, year) == m).ToList())).ToList();
        var drafts = items.Where(i => i.Status == EventStatus.Draft && i.Source == ItemSource.Event).Select(i => i.EventId).Distinct().Count();
        return new DatePlanView(orgId, org.DisplayName, year, months,
            members.OrderBy(o => o.Kind).ThenBy(o => o.Name, NorwegianText.Comparer).Select(o => new OrganiserOption(o.Id, o.DisplayName)).ToList(),
            await KindsAsync(), await guard.CoversOrganisation(orgId), drafts);
    }

    /// <summary>Everything in the window for the organisations given, filtered and sorted by start.</summary>
    /// <param name="knownRules">The organisations' deadline rules, when the caller has read them already.</param>
    public async Task<IReadOnlyList<CalendarItem>> ItemsAsync(IReadOnlyList<OrganisationSummary> members, DateInterval window, CalendarFilter filter,
        IReadOnlyList<DeadlineRule>? knownRules = null)
    {
        var ids = members.Select(m => m.Id).ToList();
        var rules = filter.OnlyEvents ? [] : knownRules ?? await db.DeadlineRules.AsNoTracking().Where(r => ids.Contains(r.OrganisationId)).ToListAsync();
        // Meetings just after the window bring deadlines inside it.
        var reach = new DateInterval(window.Start, window.End.PlusDays(rules.Count == 0 ? 0 : rules.Max(r => r.DaysBefore)));
        var events = (await EventsAsync(ids, reach, filter)).Where(e => filter.OrganiserId is null || e.OrganiserId == filter.OrganiserId).ToList();
        var visible = new List<Event>();
        var bodies = (await access.HeldAsync()).Bodies;
        foreach (var e in events)
        {
            if (await MaySeeAsync(e, bodies))
            {
                visible.Add(e);
            }
        }
        var reached = visible.Where(e => e.Status != EventStatus.Cancelled).SelectMany(e => e.OccurrencesIn(reach)).ToList();
        var occurrences = reached.Where(o => o.When.StartDate <= window.End && o.When.EndDate >= window.Start).ToList();
        var names = (await directory.AllAsync()).ToDictionary(m => m.Id, m => m.DisplayName);
        var kindNames = (await KindsAsync()).ToDictionary(k => k.Id, k => k.Name);
        var items = occurrences.Select(o => FromOccurrence(o, names, kindNames)).ToList();
        if (!filter.OnlyEvents)
        {
            items.AddRange(DerivedDeadline.For(rules, reached).Where(d => window.Contains(d.Due)).Select(d => FromDeadline(d, names)));
            if (filter.KindId is null && filter.BodyId is null && !filter.OnlyRuleDeadlines)
            {
                // Plans and rules are shown only of organisations the user may read: a branch leader's view of the county with branches stops at their own.
                var readable = new List<Guid>();
                foreach (var id in ids.Where(id => filter.OrganiserId is null || id == filter.OrganiserId))
                {
                    if (await guard.ReadsOrganisation(id))
                    {
                        readable.Add(id);
                    }
                }
                items.AddRange(await MeasureDeadlinesAsync(readable, window, names));
                items.AddRange(await WindowsAsync(readable, window, names, kindNames));
            }
        }
        return items.OrderBy(i => i.Start).ThenBy(i => i.Source == ItemSource.Window ? 0 : 1).ThenBy(i => i.StartTime).ThenBy(i => i.Title).ToList();
    }

    /// <summary>The events (with their exceptions) of the organisations that may touch the window: single events overlapping it, series running in it.</summary>
    /// <param name="kinds">Only events of these kinds, when given (as <see cref="CalendarFilter.KindId"/> is for one).</param>
    public async Task<List<Event>> EventsAsync(IReadOnlyCollection<Guid> organisationIds, DateInterval window, CalendarFilter filter,
        IReadOnlyCollection<Guid>? kinds = null)
    {
        var query = db.Events.AsNoTracking().Include(e => e.Exceptions).Where(e => organisationIds.Contains(e.OrganisationId)).Touching(window);
        if (filter.KindId is { } kind)
        {
            query = query.Where(e => e.KindId == kind);
        }
        if (kinds is not null)
        {
            query = query.Where(e => kinds.Contains(e.KindId));
        }
        if (filter.BodyId is { } body)
        {
            query = query.Where(e => e.BodyId == body);
        }
        return await query.AsSplitQuery().ToListAsync();
    }

    /// <summary>
    /// Public and member events for those who read the date plan holding them (public ones also go into public feeds); body events for
    /// the body's members. Those who run the organisation see all, and only they see drafts.
    /// </summary>
    public async Task<bool> MaySeeAsync(Event e, IReadOnlySet<Guid> heldBodies) => MaySee(e, await access.ReachAsync(), heldBodies);

    private static bool MaySee(Event e, Reach reach, IReadOnlySet<Guid> heldBodies) => e.Visibility switch
    {
        _ when reach.Covers(e.OrganisationId) => true,
        _ when e.Status == EventStatus.Draft => false,
        EventVisibility.Public or EventVisibility.Members => reach.Reads(e.OrganisationId),
        _ => e.BodyId is { } b && heldBodies.Contains(b),
    };

    private async Task<IEnumerable<CalendarItem>> MeasureDeadlinesAsync(List<Guid> ids, DateInterval window, Dictionary<Guid, string> names)
    {
        var rows = await db.Measures.AsNoTracking()
            .Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { m.Id, m.PlanId, m.Code, m.Text, m.DueOn, m.Status, p.OrganisationId, p.State })
            .Where(r => ids.Contains(r.OrganisationId) && r.DueOn != null && r.DueOn >= window.Start && r.DueOn <= window.End
                && r.State != PlanState.Draft && r.Status != MeasureStatus.Dropped)
            .ToListAsync();
        return rows.Select(r => Item(ItemSource.MeasureDeadline, $"Frist i planen: {(r.Code is null ? "" : r.Code + " ")}{r.Text}",
            EventWhen.Day(r.DueOn!.Value), r.OrganisationId, names, null, "Frist", $"/plan/{r.PlanId}/tiltak/{r.Id}",
            r.Status == MeasureStatus.Done ? EventStatus.Confirmed : EventStatus.Draft));
    }

    private async Task<IEnumerable<CalendarItem>> WindowsAsync(List<Guid> ids, DateInterval window, Dictionary<Guid, string> names, Dictionary<Guid, string> kindNames)
    {
        var windows = await db.StatutoryWindows.AsNoTracking().Where(w => ids.Contains(w.OrganisationId)).ToListAsync();
        return windows.SelectMany(w => new[] { window.Start.Year - 1, window.Start.Year, window.End.Year }.Distinct()
                .Select(y => (w, Days: w.Span.In(y))))
            .Where(x => x.Days.Start <= window.End && x.Days.End >= window.Start)
            .Select(x => Item(ItemSource.Window, $"{x.w.Title} – {x.w.Description ?? x.w.Span.Label}", new EventWhen(x.Days.Start, x.Days.End),
                x.w.OrganisationId, names, x.w.KindId, kindNames.GetValueOrDefault(x.w.KindId, ""), $"/datoplan/regler#vindu-{x.w.Id}", EventStatus.Confirmed));
    }

    /// <summary>The view's events as an .ics file (series kept as series, derived deadlines left out).</summary>
    public async Task<string> IcsAsync(DatePlanView view, CalendarFilter filter, string origin = "")
    {
        var window = new DateInterval(new LocalDate(view.Year, 1, 1), new LocalDate(view.Year, 12, 31));
        var members = await family.OfAsync(view.OrganisationId, filter.WithBranches);
        var bodies = (await access.HeldAsync()).Bodies;
        var kindNames = (await KindsAsync()).ToDictionary(k => k.Id, k => k.Name);
        var entries = new List<IcsEntry>();
        foreach (var e in await EventsAsync(members.Select(m => m.Id).ToList(), window, filter))
        {
            if (e.Status != EventStatus.Cancelled && (filter.OrganiserId is null || e.OrganiserId == filter.OrganiserId) && await MaySeeAsync(e, bodies))
            {
                entries.Add(EventIcs.Entry(e, kindNames, origin));
            }
        }
        return IcsWriter.Write($"Datoplan {view.OrganisationName} {view.Year}", entries);
    }

    public static CalendarItem FromOccurrence(Occurrence o, IReadOnlyDictionary<Guid, string> names, IReadOnlyDictionary<Guid, string> kindNames)
    {
        var e = o.Event;
        var when = o.When;
        return new CalendarItem(ItemSource.Event, e.Title, when.StartDate.ToDateOnly(), when.EndDate.ToDateOnly(), Time(when.StartTime), Time(when.EndTime),
            e.OrganiserId, names.GetValueOrDefault(e.OrganiserId, ""), e.KindId, kindNames.GetValueOrDefault(e.KindId, ""), e.Place, e.Link, e.Status,
            e.RepeatFrequency is not null, o.Moved, e.Id, o.OriginalDate.ToDateOnly(), $"/datoplan/hendelse/{e.Id}", when.DateCell(when.StartDate.Month), when.Long);
    }

    private static CalendarItem FromDeadline(DerivedDeadline d, IReadOnlyDictionary<Guid, string> names) =>
        Item(ItemSource.RuleDeadline, d.Title, EventWhen.Day(d.Due), d.Meeting.Event.OrganiserId, names, d.Rule.KindId, "Frist",
            $"/datoplan/hendelse/{d.Meeting.Event.Id}", EventStatus.Confirmed) with { EventId = d.Meeting.Event.Id };

    private static CalendarItem Item(ItemSource source, string title, EventWhen when, Guid organisationId, IReadOnlyDictionary<Guid, string> names,
        Guid? kindId, string kindName, string url, EventStatus status) =>
        new(source, title, when.StartDate.ToDateOnly(), when.EndDate.ToDateOnly(), null, null, organisationId, names.GetValueOrDefault(organisationId, ""),
            kindId, kindName, null, null, status, false, false, null, null, url, when.DateCell(when.StartDate.Month), when.Long);

    private static TimeOnly? Time(LocalTime? t) => t is { } v ? new TimeOnly(v.TickOfDay) : null;

    private static int MonthOf(CalendarItem item, int year) => item.Start.Year < year ? 1 : item.Start.Month;

    public static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
