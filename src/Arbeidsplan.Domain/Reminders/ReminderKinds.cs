namespace Arbeidsplan.Domain.Reminders;

/// <summary>Each kind's name in Norwegian and what it does when nobody has chosen otherwise.</summary>
public static class ReminderKinds
{
    /// <summary>The kinds a person chooses about (a meeting's own messages are not among them).</summary>
    public static readonly IReadOnlyList<ReminderKind> All = [.. Enum.GetValues<ReminderKind>().Where(k => k != ReminderKind.MeetingMessage)];

    public static string Label(ReminderKind kind) => kind switch
    {
        ReminderKind.MeasureDue => "Frist for tiltak nærmer seg",
        ReminderKind.MeasureOverdue => "Tiltak har passert fristen",
        ReminderKind.NoticeDue => "Innkalling til møte skal sendes",
        ReminderKind.TermEnding => "Verv går ut",
        ReminderKind.StudyRequirementDue => "Påkrevd studiering er ikke gjennomført",
        ReminderKind.StudyHoursDeadline => "Frist for å rapportere studietimer",
        ReminderKind.AnnualMeetingChecklist => "Etter årsmøtet: registrer nytt styre",
        ReminderKind.RegionDigest => "Ukesoversikt for regionen",
        ReminderKind.CountyDigest => "Ukesoversikt for fylket",
        ReminderKind.FollowUpDue => "Frist for oppfølging av vedtak nærmer seg",
        ReminderKind.FollowUpOverdue => "Oppfølging av vedtak har passert fristen",
        ReminderKind.NominationStepDue => "Steg i nominasjonen nærmer seg",
        ReminderKind.CampaignTaskDue => "Frist for oppgave i valgkampen nærmer seg",
        ReminderKind.CampaignTaskOverdue => "Oppgave i valgkampen har passert fristen",
        ReminderKind.MeetingMessage => "Møte",
        _ => kind.ToString(),
    };

    /// <summary>Days before the date a reminder comes by default; null for kinds that have no "before" (overdue, digests).</summary>
    public static int? DefaultDaysBefore(ReminderKind kind) => kind switch
    {
        ReminderKind.MeasureDue => 7,
        ReminderKind.NoticeDue => 3,
        ReminderKind.TermEnding => 30,
        ReminderKind.StudyRequirementDue => 30,
        ReminderKind.StudyHoursDeadline => 14,
        ReminderKind.FollowUpDue => 7,
        ReminderKind.NominationStepDue => 14,
        ReminderKind.CampaignTaskDue => 7,
        _ => null,
    };

    public static bool HasDaysBefore(ReminderKind kind) => DefaultDaysBefore(kind) is not null;

    /// <summary>The longest a person may ask for: a reminder more than a quarter ahead is noise.</summary>
    public const int MaxDaysBefore = 90;

    /// <summary>The kind's name in addresses and the API ("measure-due").</summary>
    public static string Slug(ReminderKind kind) => string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static ReminderKind? FromSlug(string? slug) => All.Cast<ReminderKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
