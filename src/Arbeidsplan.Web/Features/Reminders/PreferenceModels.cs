using Arbeidsplan.Domain.Reminders;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>One kind as the choices page and the API show it: what applies, and whether it is the person's own choice.</summary>
public sealed record PreferenceRow(ReminderKind Kind, string Label, bool Enabled, int? DaysBefore, bool HasDaysBefore, int? DefaultDaysBefore, bool IsOwnChoice);

/// <summary>A person's or an organisation's choices, with the version that guards the organisation's settings.</summary>
public sealed record Preferences(Guid OwnerId, string OwnerName, IReadOnlyList<PreferenceRow> Kinds, string? QuietPeriods = null,
    string? StudyHoursDeadline = null, long SettingsVersion = 0);

public sealed class PreferenceInput
{
    public ReminderKind Kind { get; set; }
    /// <summary>Off unless sent: a form's unticked box sends nothing.</summary>
    public bool Enabled { get; set; }
    public int? DaysBefore { get; set; }
}

/// <summary>What a person sends: every kind they choose for (kinds left out keep what they had).</summary>
public sealed class PreferencesInput
{
    public List<PreferenceInput> Kinds { get; set; } = [];
}

/// <summary>An organisation's defaults for the people of its items, and its reminder calendar.</summary>
public sealed class OrganisationDefaultsInput
{
    public Guid OrganisationId { get; set; }
    public List<PreferenceInput> Kinds { get; set; } = [];

    /// <summary>"07-01..07-31; 12-21..01-01"; empty for none.</summary>
    public string? QuietPeriods { get; set; }

    /// <summary>"01-15" (month-day) or empty.</summary>
    public string? StudyHoursDeadline { get; set; }

    public long SettingsVersion { get; set; }
}
