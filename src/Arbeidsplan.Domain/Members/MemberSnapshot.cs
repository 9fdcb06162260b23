using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>The membership of an organisation's branches on one date: an import of the register's export, or figures entered by hand.</summary>
public sealed class MemberSnapshot : IAudited
{
    private MemberSnapshot() => CreatedBy = "";

    public MemberSnapshot(Guid organisationId, LocalDate takenOn, SnapshotSource source, string createdBy, Instant createdAt, string? fileName = null)
    {
        if (takenOn.Year is < 1990 or > 2100)
        {
            throw new RuleViolation(nameof(TakenOn), "Datoen må ligge mellom 1990 og 2100.");
        }
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        TakenOn = takenOn;
        Source = source;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        FileName = Text.Optional(fileName, nameof(FileName), "Filnavn", 200);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public LocalDate TakenOn { get; private set; }
    public SnapshotSource Source { get; private set; }
    public string? FileName { get; private set; }
    public string CreatedBy { get; private set; }

    public void ForgetAuthor() => CreatedBy = Erased.Name;
    public Instant CreatedAt { get; private set; }
    public int Members { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>A fingerprint of the imported file's text, so the same file imported twice is recognised.</summary>
    public string? ContentHash { get; set; }

    public bool IsYearEnd => TakenOn.Month == 12 && TakenOn.Day == 31;
}
