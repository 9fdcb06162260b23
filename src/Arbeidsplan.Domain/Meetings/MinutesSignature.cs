using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>A member's signature on one version of the minutes, given in the app.</summary>
public sealed class MinutesSignature : IAudited
{
    private MinutesSignature()
    {
    }

    public MinutesSignature(Guid meetingId, int revision, Guid personId, Instant signedAt)
    {
        Id = Guid.CreateVersion7();
        (MeetingId, Revision, PersonId, SignedAt) = (meetingId, revision, personId, signedAt);
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Revision { get; private set; }
    public Guid PersonId { get; private set; }
    public Instant SignedAt { get; private set; }
    public bool IsDemo { get; set; }
}
