using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// An organisation's annual meetings (the meetings of its body of the kind annual meeting) that were not cancelled: what a plan
/// and an annual report are adopted at. One query for the features that link to them without reaching into Møter.
/// </summary>
public static class AnnualMeetingQueries
{
    public static IQueryable<Meeting> AnnualMeetingsOf(this AppDbContext db, Guid organisationId) =>
        db.Meetings.Where(m => m.OrganisationId == organisationId && m.Status != MeetingStatus.Cancelled
            && db.Bodies.Any(b => b.Id == m.BodyId && b.Kind == BodyKind.AnnualMeeting));
}
