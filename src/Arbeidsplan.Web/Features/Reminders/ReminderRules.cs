using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// Everyone's choices and every organisation's defaults and calendar, read once per run: a person's own choice wins, then the
/// default of the nearest organisation above the item that has one, then the kind's own; the nearest settings give the quiet periods.
/// </summary>
public sealed class ReminderRules
{
    private readonly Dictionary<(Guid, ReminderKind), ReminderPreference> own;
    private readonly Dictionary<(Guid, ReminderKind), ReminderPreference> defaults;
    private readonly Dictionary<Guid, ReminderSettings> settings;
    private readonly OrganisationTree tree;

    private ReminderRules(IReadOnlyList<ReminderPreference> preferences, IReadOnlyList<ReminderSettings> settings, OrganisationTree tree)
    {
        own = preferences.Where(p => p.PersonId is not null).ToDictionary(p => (p.PersonId!.Value, p.Kind));
        defaults = preferences.Where(p => p.OrganisationId is not null).ToDictionary(p => (p.OrganisationId!.Value, p.Kind));
        this.settings = settings.ToDictionary(s => s.OrganisationId);
        this.tree = tree;
    }

    public static async Task<ReminderRules> LoadAsync(AppDbContext db, OrganisationTree tree, CancellationToken ct) =>
        new(await db.ReminderPreferences.AsNoTracking().ToListAsync(ct), await db.ReminderSettings.AsNoTracking().ToListAsync(ct), tree);

    public ReminderChoice ChoiceFor(Guid personId, ReminderKind kind, Guid organisationId) =>
        ReminderChoice.Resolve(kind, own.GetValueOrDefault((personId, kind)), Nearest(organisationId, id => defaults.GetValueOrDefault((id, kind))));

    public ReminderCalendar CalendarFor(Guid organisationId) =>
        Nearest(organisationId, settings.GetValueOrDefault)?.Calendar ?? ReminderCalendar.Default;

    public ReminderSettings? SettingsFor(Guid organisationId) => Nearest(organisationId, settings.GetValueOrDefault);

    private T? Nearest<T>(Guid organisationId, Func<Guid, T?> find) where T : class =>
        new[] { organisationId }.Concat(tree.Ancestors(organisationId)).Select(find).FirstOrDefault(x => x is not null);
}
