using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// One office an annual meeting fills: the election committee's proposal, whom the meeting elected and with what vote, and for
/// which term. Once registered it is a position in the register, which is how a re-elected officer's new term comes in.
/// </summary>
public sealed class ElectionResult : IVersioned, IAudited
{
    public const int MaxVote = 200;

    private ElectionResult() { }

    public ElectionResult(Guid meetingId, Guid positionTypeId, Guid? organisationId, Guid? bodyId, Guid? regionId, Guid? proposedPersonId,
        LocalDate termFrom, LocalDate? termTo, int order)
    {
        if ((organisationId is null) == (bodyId is null))
        {
            throw new RuleViolation("OrganisationId", "Vervet må gjelde enten organisasjonen eller et av organene.");
        }
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        PositionTypeId = positionTypeId;
        (OrganisationId, BodyId, RegionId) = (organisationId, bodyId, regionId);
        ProposedPersonId = proposedPersonId;
        Order = order;
        SetTerm(termFrom, termTo);
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid PositionTypeId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? BodyId { get; private set; }
    public Guid? RegionId { get; private set; }

    /// <summary>The election committee's candidate, if it proposed one.</summary>
    public Guid? ProposedPersonId { get; private set; }
    public Guid? ElectedPersonId { get; private set; }

    /// <summary>How the meeting voted: "ved akklamasjon", "41 av 52 stemmer".</summary>
    public string? Vote { get; private set; }
    public LocalDate TermFrom { get; private set; }
    public LocalDate? TermTo { get; private set; }
    public int Order { get; private set; }

    /// <summary>The position registered for the elected, once it is.</summary>
    public Guid? PositionId { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public bool IsRegistered => PositionId is not null;

    public Term Term => new(TermFrom, TermTo);

    public void Propose(Guid? personId, LocalDate termFrom, LocalDate? termTo)
    {
        RequireOpen();
        ProposedPersonId = personId;
        SetTerm(termFrom, termTo);
    }

    /// <summary>Records whom the meeting elected; null takes a recorded result back while it is not registered.</summary>
    public void Elect(Guid? personId, string? vote)
    {
        RequireOpen();
        ElectedPersonId = personId;
        Vote = personId is null ? null : Text.Optional(vote, nameof(Vote), "Stemmetallet", MaxVote);
    }

    public void Register(Guid positionId)
    {
        RequireOpen();
        if (ElectedPersonId is null)
        {
            throw new RuleViolation(nameof(ElectedPersonId), "Før inn hvem som ble valgt før valget registreres.");
        }
        PositionId = positionId;
    }

    /// <summary>A person erased from the register leaves the election without a name; a registered result keeps its position's link.</summary>
    public void Forget(Guid personId)
    {
        ProposedPersonId = ProposedPersonId == personId ? null : ProposedPersonId;
        ElectedPersonId = ElectedPersonId == personId ? null : ElectedPersonId;
    }

    private void RequireOpen()
    {
        if (IsRegistered)
        {
            throw new RuleViolation(nameof(PositionId), "Valget er registrert som verv; endre vervet i registeret.");
        }
    }

    private void SetTerm(LocalDate from, LocalDate? to)
    {
        if (to is { } end && end <= from)
        {
            throw new RuleViolation(nameof(TermTo), "Perioden må slutte etter at den begynner.");
        }
        if (to is { } last && last > from.PlusYears(10))
        {
            throw new RuleViolation(nameof(TermTo), "En valgperiode kan ikke være lenger enn ti år.");
        }
        (TermFrom, TermTo) = (from, to);
    }
}
