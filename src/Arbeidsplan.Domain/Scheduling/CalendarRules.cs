using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Planning;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Scheduling;

/// <summary>
/// A window the statutes set for events of a kind: "local branches hold their annual meeting in January".
/// Applies to every organisation of <see cref="AppliesTo"/> below the rule's organisation.
/// </summary>
public sealed class StatutoryWindow : IVersioned, IAudited
{
    private StatutoryWindow() => Title = "";

    public StatutoryWindow(Guid organisationId, string title, Guid kindId, OrganisationKind appliesTo, AnnualSpan span, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Update(title, kindId, appliesTo, span, description);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; }
    public Guid KindId { get; private set; }
    public OrganisationKind AppliesTo { get; private set; }
    public int FromMonth { get; private set; }
    public int FromDay { get; private set; }
    public int ToMonth { get; private set; }
    public int ToDay { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public AnnualSpan Span => new(FromMonth, FromDay, ToMonth, ToDay);

    public void Update(string title, Guid kindId, OrganisationKind appliesTo, AnnualSpan span, string? description)
    {
        Title = Text.Required(title, nameof(Title), "Navn", 200);
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 1000);
        KindId = kindId;
        AppliesTo = appliesTo;
        (FromMonth, FromDay, ToMonth, ToDay) = (span.FromMonth, span.FromDay, span.ToMonth, span.ToDay);
    }
}

/// <summary>A part of every year, from a day and month to a day and month (it may run over the new year).</summary>
public sealed record AnnualSpan
{
    public AnnualSpan(int fromMonth, int fromDay, int toMonth, int toDay)
    {
        if (fromMonth is < 1 or > 12 || toMonth is < 1 or > 12)
        {
            throw new RuleViolation("FromMonth", "Velg måneder mellom januar og desember.");
        }
        if (fromDay < 1 || fromDay > DaysIn(fromMonth) || toDay < 1 || toDay > DaysIn(toMonth))
        {
            throw new RuleViolation("FromDay", "Dagen finnes ikke i den måneden.");
        }
        (FromMonth, FromDay, ToMonth, ToDay) = (fromMonth, fromDay, toMonth, toDay);
    }

    public int FromMonth { get; }
    public int FromDay { get; }
    public int ToMonth { get; }
    public int ToDay { get; }

    public static AnnualSpan Months(int from, int to) => new(from, 1, to, DaysIn(to));

    /// <summary>The span as it falls in <paramref name="year"/> (a span over the new year ends in the next).</summary>
    public DateInterval In(int year)
    {
        var start = new LocalDate(year, FromMonth, Math.Min(FromDay, CalendarSystem.Iso.GetDaysInMonth(year, FromMonth)));
        var endYear = (ToMonth, ToDay).CompareTo((FromMonth, FromDay)) < 0 ? year + 1 : year;
        var day = Math.Min(ToDay, CalendarSystem.Iso.GetDaysInMonth(endYear, ToMonth));
        return new DateInterval(start, new LocalDate(endYear, ToMonth, day));
    }

    public string Label => FromDay == 1 && ToDay == DaysIn(ToMonth) && FromMonth == ToMonth
        ? $"i {NorwegianDates.MonthName(FromMonth)}"
        : $"{FromDay}. {NorwegianDates.MonthName(FromMonth)}–{ToDay}. {NorwegianDates.MonthName(ToMonth)}";

    // February counts 29 days so a leap-day rule is allowed; In() clamps it.
    private static int DaysIn(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2024, month);
}

/// <summary>A deadline every matching meeting brings with it: "the notice goes out at least 14 days before a board meeting".</summary>
public sealed class DeadlineRule : IVersioned, IAudited
{
    private DeadlineRule() => Title = "";

    public DeadlineRule(Guid organisationId, string title, Guid kindId, Guid? bodyId, int daysBefore, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Update(title, kindId, bodyId, daysBefore, description);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; }
    public Guid KindId { get; private set; }
    public Guid? BodyId { get; private set; }
    public int DaysBefore { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(string title, Guid kindId, Guid? bodyId, int daysBefore, string? description)
    {
        Title = Text.Required(title, nameof(Title), "Navn", 200);
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 1000);
        if (daysBefore is < 0 or > 365)
        {
            throw new RuleViolation(nameof(DaysBefore), "Antall dager før må være mellom 0 og 365.");
        }
        KindId = kindId;
        BodyId = bodyId;
        DaysBefore = daysBefore;
    }

    /// <summary>Whether an occurrence of the event brings this deadline: organised by the rule's organisation, kind and (if set) body, and not cancelled.</summary>
    public bool Covers(Event e) =>
        e.OrganiserId == OrganisationId && e.KindId == KindId && (BodyId is null || e.BodyId == BodyId) && e.Status != EventStatus.Cancelled;

    public LocalDate DueFor(Occurrence occurrence) => occurrence.When.StartDate.PlusDays(-DaysBefore);
}

/// <summary>A deadline derived from a rule for one meeting.</summary>
public sealed record DerivedDeadline(DeadlineRule Rule, Occurrence Meeting, LocalDate Due)
{
    public string Title => $"{Rule.Title}: {Meeting.Event.Title}";

    public static IEnumerable<DerivedDeadline> For(IEnumerable<DeadlineRule> rules, IEnumerable<Occurrence> occurrences) =>
        from o in occurrences
        from r in rules
        where r.Covers(o.Event)
        select new DerivedDeadline(r, o, r.DueFor(o));
}

/// <summary>An organisation a statutory window applies to, and the dated events of the window's kind it has organised.</summary>
public sealed record WindowCompliance(Guid OrganisationId, string Name, LocalDate? HeldOn)
{
    public bool IsMissing => HeldOn is null;

    /// <summary>For each organisation, the first of its events of the window's kind that lies inside the window.</summary>
    public static IReadOnlyList<WindowCompliance> Check(StatutoryWindow window, int year, IEnumerable<(Guid Id, string Name)> organisations,
        IEnumerable<Occurrence> occurrences)
    {
        var span = window.Span.In(year);
        var held = occurrences
            .Where(o => o.Event.KindId == window.KindId && o.Event.Status == EventStatus.Confirmed && span.Contains(o.When.StartDate))
            .GroupBy(o => o.Event.OrganisationId)
            .ToDictionary(g => g.Key, g => g.Min(o => o.When.StartDate));
        return organisations
            .Select(o => new WindowCompliance(o.Id, o.Name, held.TryGetValue(o.Id, out var d) ? d : null))
            .OrderBy(c => c.HeldOn is not null).ThenBy(c => c.Name, NorwegianText.Comparer)
            .ToList();
    }
}
