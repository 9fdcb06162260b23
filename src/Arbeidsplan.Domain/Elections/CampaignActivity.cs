using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A branch's campaign activity on a day (a stand with 40 conversations, 300 doors): logged when done, never ahead, within the two
/// years before the election and not after it; who logged it is kept for the audit of the count.
/// </summary>
public sealed class CampaignActivity : IVersioned, IAudited
{
    public const int MaxCount = 1_000_000;
    public const int MaxNote = 500;

    private CampaignActivity() => RecordedBy = "";

    public CampaignActivity(Election election, Guid organisationId, CampaignActivityKind kind, LocalDate on, int count, string? note, string recordedBy, LocalDate today)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation(nameof(Kind), "Velg hva slags aktivitet det var.");
        }
        if (count < 0)
        {
            throw new RuleViolation(nameof(Count), "Antallet kan ikke være under null.");
        }
        if (count > MaxCount)
        {
            throw new RuleViolation(nameof(Count), "Antallet kan ikke være over 1 000 000.");
        }
        if (on > today)
        {
            throw new RuleViolation(nameof(On), "En aktivitet føres når den er gjort, ikke fram i tid.");
        }
        if (on > election.Day || on < election.Day.PlusYears(-2))
        {
            throw new RuleViolation(nameof(On), $"Datoen må ligge i de to årene før valgdagen {NorwegianTime.Format(election.Day)}.");
        }
        Id = Guid.CreateVersion7();
        (ElectionId, OrganisationId, Kind, On, Count, RecordedBy) = (election.Id, organisationId, kind, on, count, recordedBy);
        Note = Text.Optional(note, nameof(Note), "Merknaden", MaxNote);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The branch (or county) that did it.</summary>
    public Guid OrganisationId { get; private set; }
    public CampaignActivityKind Kind { get; private set; }
    public LocalDate On { get; private set; }
    public int Count { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void ForgetRecorder() => RecordedBy = Erased.Name;
}
