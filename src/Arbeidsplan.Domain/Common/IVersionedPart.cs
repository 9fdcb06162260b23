namespace Arbeidsplan.Domain.Common;

/// <summary>
/// A row that belongs to an editable owner (a body's member organisations, a measure's goals, an event's exceptions): adding or
/// removing one is a change of the owner, so the owner's version moves and a stale edit of it is refused.
/// </summary>
public interface IVersionedPart
{
    /// <summary>The id of the owner whose version moves.</summary>
    Guid OwnerId { get; }
}
