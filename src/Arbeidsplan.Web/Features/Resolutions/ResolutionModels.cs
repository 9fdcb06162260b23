using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Resolutions;
using NodaTime;

namespace Arbeidsplan.Web.Features.Resolutions;

/// <summary>A resolution or statement as the form and the API send it; its text pasted, or read from a Word file by the page.</summary>
public sealed class ResolutionInput
{
    public Guid OrganisationId { get; set; }
    public ResolutionKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public string? AdoptedBy { get; set; }
    public string? Responsible { get; set; }

    /// <summary>For a change: the version it was made from; a stale one is refused (409).</summary>
    public long? Version { get; set; }
}

/// <summary>
/// A step of the follow-up plan; a new one starts as not started. A change replaces the step's fields, except the title and
/// status, which stay as they were when left out.
/// </summary>
public sealed class StepInput
{
    public string? Title { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
    public MeasureStatus? Status { get; set; }
    public string? Note { get; set; }
    public long? Version { get; set; }
}

/// <summary>An entry in the media log; at most one of what it covered.</summary>
public sealed class MediaInput
{
    public Guid OrganisationId { get; set; }
    public string? Outlet { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public Guid? ResolutionId { get; set; }
    public Guid? MeasureId { get; set; }
    public Guid? BodyId { get; set; }
}

/// <summary>A resolution in the year's list: how far its follow-up has come and how much coverage it got.</summary>
public sealed record ResolutionRow(Guid Id, ResolutionKind Kind, string KindLabel, string Title, LocalDate AdoptedOn, string AdoptedBy, string? Responsible,
    int Steps, int StepsDone, int Media);

public sealed record StepRow(Guid Id, string Title, string? Responsible, LocalDate? DueOn, MeasureStatus Status, string StatusLabel, string? Note, bool Overdue,
    long Version);

public sealed record MediaRow(Guid Id, string Outlet, LocalDate PublishedOn, string Title, string? Url, string? About, string? AboutLink);

public sealed record ResolutionDetail(Guid Id, Guid OrganisationId, ResolutionKind Kind, string KindLabel, string Title, string Text, LocalDate AdoptedOn,
    string AdoptedBy, string? Responsible, bool CanEdit, IReadOnlyList<StepRow> Steps, IReadOnlyList<MediaRow> Media, long Version);

/// <summary>What a media entry can be about: the organisation's resolutions and statements, the measures of its plans, its bodies.</summary>
public sealed record MediaChoices(IReadOnlyList<Shared.NamedItem> Resolutions, IReadOnlyList<Shared.NamedItem> Measures, IReadOnlyList<Shared.NamedItem> Bodies);

/// <summary>The days of a calendar year, as the lists filter on them.</summary>
public static class CalendarYear
{
    public const int First = 2000;
    public const int Last = 2100;

    /// <summary>The year's first and last day; a year out of range is kept to the nearest the lists know.</summary>
    public static (LocalDate From, LocalDate To) Days(int year)
    {
        var y = Math.Clamp(year, First, Last);
        return (new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
    }
}
