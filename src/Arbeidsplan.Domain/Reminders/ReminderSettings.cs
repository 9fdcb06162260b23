using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// An organisation's reminder calendar: its quiet periods and the study association's yearly deadline for reporting hours. The
/// nearest organisation above that has settings lends them to those below it; without any, July and Christmas are quiet.
/// </summary>
public sealed class ReminderSettings : IVersioned, IAudited
{
    private ReminderSettings() => QuietPeriods = "";

    public ReminderSettings(Guid organisationId)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        QuietPeriods = QuietPeriod.Format(QuietPeriod.Defaults);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The quiet periods as written ("07-01..07-31; 12-21..01-01"), read by <see cref="QuietPeriod.ParseList"/>.</summary>
    public string QuietPeriods { get; private set; }

    /// <summary>The day each year the study association wants the hours reported, if the organisation reports to one.</summary>
    public AnnualDate? StudyHoursDeadline { get; private set; }
    public long Version { get; set; }

    public ReminderCalendar Calendar => new(QuietPeriod.ParseList(QuietPeriods));

    public void Set(string? quietPeriods, AnnualDate? studyHoursDeadline)
    {
        var periods = QuietPeriod.ParseList(quietPeriods);
        if (periods.Count > 10)
        {
            throw new RuleViolation(nameof(QuietPeriods), "Skriv høyst ti stille perioder.");
        }
        (QuietPeriods, StudyHoursDeadline) = (QuietPeriod.Format(periods), studyHoursDeadline);
    }
}
