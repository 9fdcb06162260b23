using Arbeidsplan.Domain.Common;
using System.Linq.Expressions;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A dated event of an organisation's date plan: one day, several days, timed, or a series with exceptions.</summary>
public sealed class Event : IVersioned, IAudited
{
    private readonly List<EventException> exceptions = [];
    private readonly List<EventMeasure> measures = [];

    private Event() => Title = "";

    public Event(Guid organisationId, EventDetails details, EventWhen when, RecurrenceRule? repeat = null, EventStatus status = EventStatus.Confirmed)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Status = status;
        Update(details, when, repeat);
    }

    public Guid Id { get; private set; }
    /// <summary>Whose date plan the event belongs to: its people edit it.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Who holds the event when that is another organisation (the national party's convention in a county's date plan).</summary>
    public Guid? HostId { get; private set; }

    public Guid OrganiserId => HostId ?? OrganisationId;

    /// <summary>
    /// The events an organisation organises (<see cref="OrganiserId"/>) as a filter a database answers from its indexes on the host and on
    /// the organisation: a COALESCE of the two reads every event in the table.
    /// </summary>
    public static Expression<Func<Event, bool>> OrganisedBy(Guid organisationId) =>
        e => e.HostId == organisationId || (e.HostId == null && e.OrganisationId == organisationId);
    public Guid? BodyId { get; private set; }
    public Guid KindId { get; private set; }
    public string Title { get; private set; }
    public string? Place { get; private set; }
    public string? Link { get; private set; }
    public string? Description { get; private set; }
    public EventVisibility Visibility { get; private set; }
    public EventStatus Status { get; private set; }
    public LocalDate StartDate { get; private set; }
    public LocalDate EndDate { get; private set; }
    public LocalTime? StartTime { get; private set; }
    public LocalTime? EndTime { get; private set; }
    public RepeatFrequency? RepeatFrequency { get; private set; }
    public int RepeatInterval { get; private set; }
    public IsoDayOfWeek? RepeatWeekday { get; private set; }
    public int? RepeatOrdinal { get; private set; }
    public int? RepeatCount { get; private set; }
    public LocalDate? RepeatUntil { get; private set; }

    /// <summary>The date cell and text as an imported date plan wrote them ("13.-14.", "Kandidatskolering, Gardermoen").</summary>
    public string? SourceText { get; set; }

    /// <summary>The event a copied year or an applied template made this draft from.</summary>
    public Guid? CopiedFromId { get; set; }

    /// <summary>The stable iCalendar UID, kept when an event is imported from an .ics file.</summary>
    public string? ExternalUid { get; set; }

    public Instant UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public IReadOnlyList<EventException> Exceptions => exceptions;
    public IReadOnlyList<EventMeasure> Measures => measures;

    public EventWhen When => new(StartDate, EndDate, StartTime, EndTime);

    public RecurrenceRule? Repeat => RepeatFrequency is { } f ? new RecurrenceRule(f, RepeatInterval, RepeatWeekday, RepeatOrdinal, RepeatCount, RepeatUntil) : null;

    public EventDetails Details => new(KindId, Title, BodyId, Place, Link, Description, Visibility, HostId);

    public void Update(EventDetails details, EventWhen when, RecurrenceRule? repeat)
    {
        Title = Text.Required(details.Title, nameof(Title), "Aktivitet", 300);
        Place = Text.Optional(details.Place, nameof(Place), "Sted", 200);
        Link = Text.Optional(details.Link, nameof(Link), "Lenke", 500);
        if (Link is not null && !(Uri.TryCreate(Link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw new RuleViolation(nameof(Link), "Lenken må være en nettadresse som begynner med https://.");
        }
        Description = Text.Optional(details.Description, nameof(Description), "Beskrivelse", Text.LongTextMax);
        if (details.Visibility == EventVisibility.Body && details.BodyId is null)
        {
            throw new RuleViolation(nameof(Visibility), "Velg organet som skal se hendelsen.");
        }
        KindId = details.KindId;
        BodyId = details.BodyId;
        HostId = details.HostId == OrganisationId ? null : details.HostId;
        Visibility = details.Visibility;
        repeat?.CheckAgainst(when.StartDate);
        // A series starts on its first occurrence, as iCalendar counts DTSTART as one ("second Tuesday" from the 1st).
        if (repeat?.Dates(when.StartDate).FirstOrDefault() is { } first && first != default && first != when.StartDate)
        {
            when = when.StartingOn(first);
        }
        when.RequireClockTimesExist();
        (StartDate, EndDate, StartTime, EndTime) = (when.StartDate, when.EndDate, when.StartTime, when.EndTime);
        RepeatFrequency = repeat?.Frequency;
        RepeatInterval = repeat?.Interval ?? 1;
        (RepeatWeekday, RepeatOrdinal, RepeatCount, RepeatUntil) = (repeat?.Weekday, repeat?.Ordinal, repeat?.Count, repeat?.Until);
        exceptions.RemoveAll(x => repeat is null || !repeat.Dates(when.StartDate).TakeWhile(d => d <= x.OriginalDate).Contains(x.OriginalDate));
    }

    public void Confirm()
    {
        if (Status == EventStatus.Cancelled)
        {
            throw new RuleViolation(nameof(Status), "En avlyst hendelse kan ikke bekreftes. Lag en ny.");
        }
        Status = EventStatus.Confirmed;
    }

    public void Cancel() => Status = EventStatus.Cancelled;

    /// <summary>Cancels one occurrence of a series, or moves it to another time.</summary>
    public EventException ChangeOccurrence(LocalDate original, EventWhen? movedTo)
    {
        if (Repeat is not { } repeat)
        {
            throw new RuleViolation("OriginalDate", "Bare en serie har enkeltforekomster. Endre hendelsen i stedet.");
        }
        if (!repeat.Dates(StartDate).TakeWhile(d => d <= original).Contains(original))
        {
            throw new RuleViolation("OriginalDate", $"Serien har ingen forekomst {NorwegianTime.Format(original)}.");
        }
        movedTo?.RequireClockTimesExist();
        exceptions.RemoveAll(x => x.OriginalDate == original);
        var change = new EventException(Id, original, movedTo);
        exceptions.Add(change);
        return change;
    }

    public bool RestoreOccurrence(LocalDate original) => exceptions.RemoveAll(x => x.OriginalDate == original) > 0;

    public void LinkMeasures(IEnumerable<Guid> measureIds)
    {
        var wanted = measureIds.ToHashSet();
        measures.RemoveAll(m => !wanted.Contains(m.MeasureId));
        foreach (var id in wanted.Where(id => measures.All(m => m.MeasureId != id)))
        {
            measures.Add(new EventMeasure(Id, id));
        }
    }

    /// <summary>The occurrences that touch <paramref name="window"/>, with cancelled ones left out and moved ones at their new time.</summary>
    public IEnumerable<Occurrence> OccurrencesIn(DateInterval window)
    {
        var when = When;
        if (Repeat is not { } repeat)
        {
            if (when.StartDate <= window.End && when.EndDate >= window.Start)
            {
                yield return new Occurrence(this, when.StartDate, when, false);
            }
            yield break;
        }
        var changes = exceptions.ToDictionary(x => x.OriginalDate);
        var earliest = window.Start.PlusDays(-when.LengthInDays);
        foreach (var date in repeat.Dates(StartDate))
        {
            if (date > window.End && changes.Keys.All(k => k < date))
            {
                yield break;
            }
            if (changes.TryGetValue(date, out var change))
            {
                if (change.MovedTo is { } moved && moved.StartDate <= window.End && moved.EndDate >= window.Start)
                {
                    yield return new Occurrence(this, date, moved, true);
                }
                continue;
            }
            if (date >= earliest && date <= window.End)
            {
                yield return new Occurrence(this, date, when.StartingOn(date), false);
            }
        }
    }
}
