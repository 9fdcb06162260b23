using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// That a person present stepped aside from one case as disqualified (inhabil), as the minutes record it. Why is not kept: the
/// minutes only need that it happened, and the reason may say more about the person than they should.
/// </summary>
public sealed class Disqualification : IAudited
{
    private Disqualification()
    {
    }

    public Disqualification(Guid meetingId, Guid caseId, Guid personId)
    {
        Id = Guid.CreateVersion7();
        (MeetingId, CaseId, PersonId) = (meetingId, caseId, personId);
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public bool IsDemo { get; set; }
}
