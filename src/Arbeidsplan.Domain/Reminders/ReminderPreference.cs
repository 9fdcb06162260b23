using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// Whether a kind of reminder comes, and how many days ahead: a person's own choice, or an organisation's default for the people
/// of its items who have not chosen. Exactly one of the two owners is set.
/// </summary>
public sealed class ReminderPreference : IVersioned, IAudited
{
    private ReminderPreference()
    {
    }

    private ReminderPreference(Guid? personId, Guid? organisationId, ReminderKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation(nameof(Kind), "Ukjent type påminnelse.");
        }
        Id = Guid.CreateVersion7();
        (PersonId, OrganisationId, Kind) = (personId, organisationId, kind);
    }

    public static ReminderPreference ForPerson(Guid personId, ReminderKind kind) => new(personId, null, kind);

    public static ReminderPreference ForOrganisation(Guid organisationId, ReminderKind kind) => new(null, organisationId, kind);

    public Guid Id { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public bool Enabled { get; private set; } = true;
    public int? DaysBefore { get; private set; }
    public long Version { get; set; }

    public void Set(bool enabled, int? daysBefore)
    {
        if (daysBefore is not null && !ReminderKinds.HasDaysBefore(Kind))
        {
            throw new RuleViolation(nameof(DaysBefore), $"«{ReminderKinds.Label(Kind)}» har ingen dager i forveien.");
        }
        if (daysBefore is < 0 or > ReminderKinds.MaxDaysBefore)
        {
            throw new RuleViolation(nameof(DaysBefore), $"Velg mellom 0 og {ReminderKinds.MaxDaysBefore} dager i forveien.");
        }
        (Enabled, DaysBefore) = (enabled, daysBefore);
    }
}
