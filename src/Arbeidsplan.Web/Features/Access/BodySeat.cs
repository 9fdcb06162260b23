using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>The body a meeting belongs to, as the meeting requirements take it: its organisation and itself.</summary>
public sealed record BodyRef(Guid OrganisationId, Guid BodyId);

/// <summary>The actor's place on a body today: the roles of the positions they hold on it, and whether it invites them to its meetings.</summary>
public sealed record BodySeat(bool Sits, PositionRole Roles, bool Invited)
{
    public static readonly BodySeat None = new(false, PositionRole.None, false);

    /// <summary>The body's leader and its secretary write its agendas and minutes.</summary>
    public bool Edits => Sits && (Roles & (PositionRole.Leads | PositionRole.Secretary)) != 0;
}
