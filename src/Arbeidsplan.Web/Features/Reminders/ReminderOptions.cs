namespace Arbeidsplan.Web.Features.Reminders;

public sealed class ReminderOptions
{
    /// <summary>Off until an administrator has set App:BaseUrl (a job has no request to take the address from) and turned it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The hour in Oslo the day's reminders go out.</summary>
    public int SendHour { get; set; } = 7;

    /// <summary>How long a notification is kept, read or not; never less than <see cref="NotificationRetention.MinimumDays"/>.</summary>
    public int NotificationRetentionDays { get; set; } = 365;
}
