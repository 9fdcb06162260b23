using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// An organisation's annual report for a year: a draft its people rewrite section by section, until the annual meeting adopts it
/// and it is frozen with the date. Reopening an adopted report takes a reason, kept with it. A branch sends its report to the
/// organisation above, which sees in its follow-up who has.
/// </summary>
public sealed class AnnualReport : IVersioned, IAudited
{
    private AnnualReport() { }

    public AnnualReport(Guid organisationId, int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Year), "Året må ligge mellom 2000 og 2100.");
        }
        Id = Guid.CreateVersion7();
        (OrganisationId, Year) = (organisationId, year);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }
    public ReportState State { get; private set; }
    public LocalDate? AdoptedOn { get; private set; }

    /// <summary>The annual meeting (in Møter) that adopted it, when it was recorded there.</summary>
    public Guid? AdoptedAtMeetingId { get; private set; }

    /// <summary>Why it was last reopened after adoption.</summary>
    public string? ReopenedBecause { get; private set; }
    /// <summary>When the report was sent to the organisation above (a branch's to its county), and by whom; null until then.</summary>
    public Instant? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>
    /// Sends the report to the organisation above: a draft the leader has read through, or the adopted report. Sending again after
    /// a change records the new time; the one above reads the report as it stands.
    /// </summary>
    public void Submit(string by, Instant at) => (SubmittedAt, SubmittedBy) = (at, Text.Required(by, nameof(SubmittedBy), "Innsenderen", 200));

    /// <summary>At the sender's erasure the sending stays the organisation's; who sent it is forgotten.</summary>
    public void ForgetSubmitter() => SubmittedBy = SubmittedBy is null ? null : Erased.Name;

    public void EnsureDraft()
    {
        if (State == ReportState.Adopted)
        {
            throw new RuleViolation(nameof(State), "Årsmeldingen er vedtatt og kan ikke endres. Åpne den igjen med en begrunnelse for å lage en ny versjon.");
        }
    }

    public void Adopt(LocalDate on, Guid? meetingId)
    {
        EnsureDraft();
        if (on.Year <= Year - 1 || on.Year > Year + 1)
        {
            throw new RuleViolation(nameof(AdoptedOn), $"Årsmeldingen for {Year} vedtas i {Year} eller {Year + 1}.");
        }
        (State, AdoptedOn, AdoptedAtMeetingId) = (ReportState.Adopted, on, meetingId);
    }

    public void Reopen(string? reason)
    {
        if (State != ReportState.Adopted)
        {
            throw new RuleViolation(nameof(State), "Årsmeldingen er et utkast; det er ingenting å åpne.");
        }
        ReopenedBecause = Text.Required(reason, nameof(ReopenedBecause), "Begrunnelsen", 500);
        (State, AdoptedOn, AdoptedAtMeetingId) = (ReportState.Draft, null, null);
    }
}
