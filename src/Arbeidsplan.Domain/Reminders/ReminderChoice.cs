namespace Arbeidsplan.Domain.Reminders;

/// <summary>What applies to one person for one kind: their own choice, else their organisation's default, else the kind's own.</summary>
public sealed record ReminderChoice(ReminderKind Kind, bool Enabled, int? DaysBefore)
{
    public static ReminderChoice Default(ReminderKind kind) => new(kind, true, ReminderKinds.DefaultDaysBefore(kind));

    /// <summary>The first choice that is set wins: the person's, then the organisation's, then the kind's default.</summary>
    public static ReminderChoice Resolve(ReminderKind kind, ReminderPreference? own, ReminderPreference? organisation)
    {
        var chosen = own ?? organisation;
        return chosen is null ? Default(kind) : new ReminderChoice(kind, chosen.Enabled, chosen.DaysBefore ?? ReminderKinds.DefaultDaysBefore(kind));
    }
}
