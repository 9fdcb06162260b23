using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// Someone a body invites to all its meetings without being a member: a named person, or whoever holds a position of a type in an
/// organisation or on a body (the mayors' forum's leader), so the invitation follows the office when it changes hands. Being on
/// the list lets them read the body's meetings, closed cases apart, and gets them the notice.
/// </summary>
public sealed class StandingInvitee : IVersioned, IAudited
{
    private StandingInvitee()
    {
    }

    public StandingInvitee(Guid bodyId, Guid? personId, Guid? positionTypeId, Guid? heldInId, InviteeRight right)
    {
        if ((personId is null) == (positionTypeId is null) || (positionTypeId is null) != (heldInId is null))
        {
            throw new RuleViolation(nameof(PersonId), "Velg enten en person, eller et verv og hvor det er.");
        }
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        (PersonId, PositionTypeId, HeldInId) = (personId, positionTypeId, heldInId);
        Right = Enum.IsDefined(right) ? right : throw new RuleViolation(nameof(Right), "Velg talerett eller tale- og forslagsrett.");
    }

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? PositionTypeId { get; private set; }

    /// <summary>The organisation or body the position is held in.</summary>
    public Guid? HeldInId { get; private set; }
    public InviteeRight Right { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public static string Label(InviteeRight right) => right == InviteeRight.SpeakAndPropose ? "Tale- og forslagsrett" : "Talerett";
}
