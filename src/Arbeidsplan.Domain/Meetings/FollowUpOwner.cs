using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// Who follows up a decision: a named person, whoever holds a position of a type in an organisation or on a body (so the task
/// follows the office when it changes hands), or a body as a whole.
/// </summary>
public sealed record FollowUpOwner
{
    public FollowUpOwner(Guid? personId, Guid? positionTypeId, Guid? heldInId, Guid? bodyId)
    {
        var kinds = (personId is null ? 0 : 1) + (positionTypeId is null ? 0 : 1) + (bodyId is null ? 0 : 1);
        if (kinds != 1 || (positionTypeId is null) != (heldInId is null))
        {
            throw new RuleViolation("Owner", "Velg hvem som følger opp: en person, et verv og hvor det er, eller et organ.");
        }
        (PersonId, PositionTypeId, HeldInId, BodyId) = (personId, positionTypeId, heldInId, bodyId);
    }

    public Guid? PersonId { get; }
    public Guid? PositionTypeId { get; }

    /// <summary>The organisation or body the position is held in.</summary>
    public Guid? HeldInId { get; }
    public Guid? BodyId { get; }
}
