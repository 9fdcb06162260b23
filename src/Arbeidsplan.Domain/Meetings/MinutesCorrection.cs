using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A correction of approved minutes: the version it opened, why, who opened it, and the approved text it replaces, so every
/// version that was ever approved can still be read.
/// </summary>
public sealed class MinutesCorrection : IAudited
{
    public const int MaxPrevious = 400_000;

    private MinutesCorrection() => (Reason, Author, Previous) = ("", "", "");

    public MinutesCorrection(Guid meetingId, int revision, string reason, string author, Instant at, string previous)
    {
        Id = Guid.CreateVersion7();
        (MeetingId, Revision, Reason, Author, At) = (meetingId, revision, reason, author, at);
        Previous = previous.Length <= MaxPrevious ? previous : previous[..MaxPrevious];
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }

    /// <summary>The version this correction opened.</summary>
    public int Revision { get; private set; }
    public string Reason { get; private set; }
    public string Author { get; private set; }
    public Instant At { get; private set; }

    /// <summary>The approved minutes before the correction, as text.</summary>
    public string Previous { get; private set; }
    public bool IsDemo { get; set; }

    public void ForgetAuthor() => Author = Erased.Name;
}
