using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// The idempotency key of one reminder: one person, one item, one kind, one due date. Deciding twice (a restart, a second app
/// instance, a run repeated by hand) finds the key taken and writes nothing; a moved deadline is a new date and a new reminder.
/// </summary>
public static class ReminderKey
{
    public static string For(ReminderKind kind, Guid itemId, LocalDate due, Guid personId) =>
        $"{ReminderKinds.Slug(kind)}:{itemId:N}:{LocalDatePattern.Iso.Format(due)}:{personId:N}";
}
