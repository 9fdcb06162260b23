namespace Arbeidsplan.Domain.Reminders;

/// <summary>What a reminder is about; a person turns each kind on or off and sets how many days before it comes.</summary>
public enum ReminderKind
{
    /// <summary>A measure's deadline is near.</summary>
    MeasureDue = 1,

    /// <summary>A measure's deadline has passed and it is not done.</summary>
    MeasureOverdue = 2,

    /// <summary>The notice for a body's meeting must go out (the date plan's notice deadline).</summary>
    NoticeDue = 3,

    /// <summary>A term of office ends soon.</summary>
    TermEnding = 4,

    /// <summary>A required study circle is not done and its deadline is near (to the branch's study leader).</summary>
    StudyRequirementDue = 5,

    /// <summary>The study association's deadline for reporting the year's hours.</summary>
    StudyHoursDeadline = 6,

    /// <summary>After an annual meeting: register the new board with the public register and the bank.</summary>
    AnnualMeetingChecklist = 7,

    /// <summary>The Monday digest of a region contact's branches.</summary>
    RegionDigest = 8,

    /// <summary>The Monday digest of a county's branches, to whoever holds the role that receives it.</summary>
    CountyDigest = 9,

    /// <summary>A follow-up task of a decision is due soon (to its owner).</summary>
    FollowUpDue = 10,

    /// <summary>A follow-up task's due date has passed and it is not done.</summary>
    FollowUpOverdue = 11,

    /// <summary>A nomination step's target is near and the step is not taken (to the list's branch leader and its committee).</summary>
    NominationStepDue = 12,

    /// <summary>A task of the campaign plan is due soon (to its owner).</summary>
    CampaignTaskDue = 13,

    /// <summary>A campaign task's due date has passed and it is not done.</summary>
    CampaignTaskOverdue = 14,

    /// <summary>
    /// A meeting's notice, a deputy's call, word that a meeting is moved or cancelled: in the app beside the e-mail, and to those
    /// without an address instead of it. Not a reminder a person can turn off: the notice is the body's formal message.
    /// </summary>
    MeetingMessage = 15,
}
