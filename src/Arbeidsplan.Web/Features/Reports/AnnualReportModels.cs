using Arbeidsplan.Domain.Reports;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// An annual report as its reader sees it: each section's figures and tables from the data, the draft written from them, and the
/// text someone rewrote (with whether the figures changed after).
/// </summary>
public sealed record AnnualReportView(Guid OrganisationId, string OrganisationName, int Year, ReportState State, LocalDate? AdoptedOn, Guid? AdoptedAtMeetingId,
    string? ReopenedBecause, bool CanEdit, long Version, IReadOnlyList<ReportSectionView> Sections)
{
    /// <summary>The case on the annual meeting's agenda under which it was adopted («Årsmelding»).</summary>
    public Guid? AdoptedInCaseId { get; init; }

    /// <summary>When it was sent to the organisation above, and by whom.</summary>
    public Instant? SubmittedAt { get; init; }
    public string? SubmittedBy { get; init; }

    /// <summary>A section was rewritten after the report was sent.</summary>
    public bool ChangedSinceSubmitted { get; init; }

    /// <summary>The reader may send it to the organisation above (there is one).</summary>
    public bool CanSubmit { get; init; }

    /// <summary>
    /// The joint board (samarbeidsstyret) whose report this is, when the organisation's board draws its members from others; the
    /// report is then laid before the annual meetings of those organisations (<see cref="PresentedTo"/>).
    /// </summary>
    public string? JointBoard { get; init; }
    public IReadOnlyList<string> PresentedTo { get; init; } = [];

    /// <summary>«Årsmelding 2026», or for a joint board «Rapport fra Samarbeidsstyret 2026».</summary>
    public string Title => JointBoard is { } board ? $"Rapport fra {board} {Year}" : $"Årsmelding {Year}";
}

public sealed record ReportSectionView(ReportSectionKind Kind, string Title, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<ReportTable> Tables, string Draft,
    string? Text, string? Author, Instant? WrittenAt, int Revision, bool Stale, long Version, IReadOnlyList<ReportRevisionRow> Earlier)
{
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    /// <summary>Last year's key figures by label, when there was a report last year.</summary>
    public IReadOnlyDictionary<string, string>? LastYear { get; init; }

    /// <summary>What the report prints: the rewritten text, or the draft until someone writes one.</summary>
    public string Shown => Text ?? Draft;
}

public sealed record ReportRevisionRow(int Revision, string Author, Instant At, string Text);

public sealed class SectionTextInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public ReportSectionKind Kind { get; set; }
    public string? Text { get; set; }

    /// <summary>The section text's version the writer started from; 0 for a section nobody has rewritten.</summary>
    public long? Version { get; set; }
}

public sealed class ReportAdoptionInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }

    /// <summary>The annual meeting (in Møter) that adopted it; its day is the adoption's.</summary>
    public Guid? MeetingId { get; set; }
    public DateOnly? On { get; set; }
    public string? Reason { get; set; }
    public long? Version { get; set; }
}

/// <summary>Where an organisation's annual report for the year stands: a draft with so many sections rewritten, or adopted.</summary>
public sealed record ReportStatus(Guid OrganisationId, int Year, ReportState State, LocalDate? AdoptedOn, int SectionsWritten)
{
    public string Text => State == ReportState.Adopted && AdoptedOn is { } on
        ? $"vedtatt {Domain.Common.NorwegianTime.Format(on)}"
        : SectionsWritten switch { 0 => "utkastet er laget fra årets data; ingen deler er skrevet om ennå", 1 => "utkast, 1 del er skrevet om", var n => $"utkast, {n} deler er skrevet om" };
}
