using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A decision of a body (vedtak): on a case in a meeting's minutes, or between meetings by e-mail or circulation, which is then
/// reported to the body's next meeting. Follow-up tasks hang on it, and it may carry out measures of the plan.
/// </summary>
public sealed class Decision : IVersioned, IAudited
{
    public const int MaxText = 4_000;

    private Decision() => (Title, Text) = ("", "");

    private Decision(Guid organisationId, Guid bodyId, LocalDate decidedOn, DecisionWay way, string title)
    {
        Id = Guid.CreateVersion7();
        (OrganisationId, BodyId, DecidedOn, Way) = (organisationId, bodyId, decidedOn, way);
        Title = Common.Text.Required(title, nameof(Title), "Tittelen", 300);
        Text = "";
    }

    /// <summary>The decision on a case, as the minutes of its meeting record it.</summary>
    public static Decision OnCase(Meeting meeting, MeetingCase item, string text, Vote vote)
    {
        var made = new Decision(meeting.OrganisationId, meeting.BodyId, meeting.StartsAt.Date, DecisionWay.AtMeeting, item.Title)
        {
            MeetingId = meeting.Id,
            CaseId = item.Id,
        };
        made.Record(text, vote);
        return made;
    }

    /// <summary>A decision made by e-mail or circulation on a day between meetings.</summary>
    public static Decision BetweenMeetings(Guid organisationId, Guid bodyId, LocalDate decidedOn, string title, string text, Vote vote)
    {
        var made = new Decision(organisationId, bodyId, decidedOn, DecisionWay.BetweenMeetings, title);
        made.Record(text, vote);
        return made;
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid? MeetingId { get; private set; }
    public Guid? CaseId { get; private set; }
    public LocalDate DecidedOn { get; private set; }
    public DecisionWay Way { get; private set; }
    public string Title { get; private set; }
    public string Text { get; private set; }
    public VoteKind VoteKind { get; private set; }
    public int? VotesAgainst { get; private set; }

    /// <summary>The meeting a decision made between meetings was reported to.</summary>
    public Guid? ReportedAtMeetingId { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public Vote Vote => new(VoteKind, VotesAgainst);

    /// <summary>The decision as adopted, which may differ from what was proposed, and how the vote went.</summary>
    public void Record(string text, Vote vote)
    {
        Text = Common.Text.Required(text, nameof(Text), "Vedtaket", MaxText);
        (VoteKind, VotesAgainst) = (vote.Kind, vote.Against);
    }

    /// <summary>Lays a decision made between meetings before a meeting of its body, which the minutes then show.</summary>
    public void ReportTo(Meeting meeting)
    {
        if (Way != DecisionWay.BetweenMeetings)
        {
            throw new RuleViolation(nameof(ReportedAtMeetingId), "Vedtaket er gjort i et møte og står i møtets protokoll.");
        }
        if (meeting.BodyId != BodyId || meeting.StartsAt.Date < DecidedOn)
        {
            throw new RuleViolation(nameof(ReportedAtMeetingId), "Vedtaket legges fram for et senere møte i samme organ.");
        }
        ReportedAtMeetingId = meeting.Id;
    }
}
