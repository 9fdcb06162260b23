using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// Choices of reminders: a person's own (the signed-in user's, or through the signed link in a reminder for people without a
/// user), and an organisation's defaults and calendar, which those who manage the organisation set.
/// </summary>
public sealed class PreferenceService(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory)
{
    public async Task<Preferences?> MineAsync() => await access.PersonIdAsync() is { } me ? await ForPersonAsync(me) : null;

    public async Task<Preferences?> ForPersonAsync(Guid personId)
    {
        if (await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Name, p.OrganisationId }).SingleOrDefaultAsync() is not { } person)
        {
            return null;
        }
        var own = await db.ReminderPreferences.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync();
        var rules = await ReminderRules.LoadAsync(db, await directory.TreeAsync(), CancellationToken.None);
        var rows = ReminderKinds.All.Select(kind =>
        {
            var mine = own.FirstOrDefault(p => p.Kind == kind);
            var fallback = rules.ChoiceFor(Guid.Empty, kind, person.OrganisationId);
            var applies = mine is null ? fallback : ReminderChoice.Resolve(kind, mine, null);
            return new PreferenceRow(kind, ReminderKinds.Label(kind), applies.Enabled, applies.DaysBefore, ReminderKinds.HasDaysBefore(kind),
                fallback.DaysBefore, mine is not null);
        }).ToList();
        return new Preferences(personId, person.Name, rows);
    }

    public async Task<Outcome<Preferences>> SetMineAsync(PreferencesInput input) =>
        await access.PersonIdAsync() is { } me ? await SetForPersonAsync(me, input) : Outcome<Preferences>.NotFound("Brukeren din er ikke knyttet til en person.");

    /// <summary>Sets a person's choices; the caller has proved who they are (signed in as them, or holding their signed link).</summary>
    public Task<Outcome<Preferences>> SetForPersonAsync(Guid personId, PreferencesInput input) => Outcome.Try<Preferences>(async () =>
    {
        if (await ForPersonAsync(personId) is not { } now)
        {
            return Outcome<Preferences>.NotFound("Fant ikke personen.");
        }
        var own = await db.ReminderPreferences.Where(p => p.PersonId == personId).ToListAsync();
        Apply(input.Kinds, now.Kinds, kind => own.FirstOrDefault(p => p.Kind == kind), kind => Added(ReminderPreference.ForPerson(personId, kind)));
        return await SavedAsync() ? (await ForPersonAsync(personId))! : Outcome<Preferences>.Conflict();
    });

    /// <summary>Turns kinds off for a person: what the one-click link in a reminder does.</summary>
    public async Task<bool> StopAsync(Guid personId, IReadOnlyList<ReminderKind> kinds)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == personId))
        {
            return false;
        }
        var own = await db.ReminderPreferences.Where(p => p.PersonId == personId && kinds.Contains(p.Kind)).ToListAsync();
        foreach (var kind in kinds)
        {
            var preference = own.FirstOrDefault(p => p.Kind == kind) ?? Added(ReminderPreference.ForPerson(personId, kind));
            preference.Set(false, preference.DaysBefore);
        }
        // A second click at the same moment made the row first: it is off either way.
        await SavedAsync();
        return true;
    }

    public async Task<Preferences?> ForOrganisationAsync(Guid organisationId)
    {
        if (!await guard.ReadsOrganisation(organisationId) || await directory.FindAsync(organisationId) is not { } organisation)
        {
            return null;
        }
        var rules = await ReminderRules.LoadAsync(db, await directory.TreeAsync(), CancellationToken.None);
        var own = await db.ReminderPreferences.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync();
        var rows = ReminderKinds.All.Select(kind =>
        {
            var applies = rules.ChoiceFor(Guid.Empty, kind, organisationId);
            return new PreferenceRow(kind, ReminderKinds.Label(kind), applies.Enabled, applies.DaysBefore, ReminderKinds.HasDaysBefore(kind),
                ReminderKinds.DefaultDaysBefore(kind), own.Any(p => p.Kind == kind));
        }).ToList();
        var settings = await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId);
        var lent = settings ?? rules.SettingsFor(organisationId);
        return new Preferences(organisationId, organisation.Name, rows, lent?.QuietPeriods ?? QuietPeriod.Format(QuietPeriod.Defaults),
            QuietPeriod.FormatDay(lent?.StudyHoursDeadline), settings?.Version ?? 0);
    }

    public Task<Outcome<Preferences>> SetForOrganisationAsync(OrganisationDefaultsInput input) => Outcome.Try<Preferences>(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId) || await directory.FindAsync(input.OrganisationId) is null)
        {
            return Outcome<Preferences>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var now = (await ForOrganisationAsync(input.OrganisationId))!;
        var own = await db.ReminderPreferences.Where(p => p.OrganisationId == input.OrganisationId).ToListAsync();
        Apply(input.Kinds, now.Kinds, kind => own.FirstOrDefault(p => p.Kind == kind), kind => Added(ReminderPreference.ForOrganisation(input.OrganisationId, kind)));
        var quiet = QuietPeriod.Format(QuietPeriod.ParseList(input.QuietPeriods));
        var deadline = ParseDay(input.StudyHoursDeadline);
        var settings = await db.ReminderSettings.SingleOrDefaultAsync(s => s.OrganisationId == input.OrganisationId);
        if (settings is not null)
        {
            db.ExpectVersion(settings, input.SettingsVersion);
            // Checked even when only the kinds changed: the form's version guards the whole form, so a stale one is refused.
            db.Entry(settings).State = EntityState.Modified;
        }
        else if (quiet != now.QuietPeriods || QuietPeriod.FormatDay(deadline) != now.StudyHoursDeadline)
        {
            // Its own calendar only when it differs from the one lent from above, which then keeps applying as it changes.
            settings = new ReminderSettings(input.OrganisationId);
            db.ReminderSettings.Add(settings);
        }
        settings?.Set(quiet, deadline);
        return await SavedAsync() ? (await ForOrganisationAsync(input.OrganisationId))! : Outcome<Preferences>.Conflict();
    });

    /// <summary>
    /// Keeps a choice only where one is made: a kind sent as it already applies, with no row of its own, stays unchosen, so the
    /// defaults above keep applying to it when they change.
    /// </summary>
    private static void Apply(IEnumerable<PreferenceInput>? inputs, IReadOnlyList<PreferenceRow> now, Func<ReminderKind, ReminderPreference?> own,
        Func<ReminderKind, ReminderPreference> add)
    {
        foreach (var input in (inputs ?? []).DistinctBy(i => i.Kind))
        {
            if (!Enum.IsDefined(input.Kind))
            {
                throw new RuleViolation("Kind", "Ukjent type påminnelse.");
            }
            var days = ReminderKinds.HasDaysBefore(input.Kind) ? input.DaysBefore : null;
            var current = now.First(r => r.Kind == input.Kind);
            if (own(input.Kind) is { } chosen)
            {
                chosen.Set(input.Enabled, days);
            }
            else if (current.Enabled != input.Enabled || current.DaysBefore != days)
            {
                add(input.Kind).Set(input.Enabled, days);
            }
        }
    }

    /// <summary>False when someone else made the same choice row at the same moment (the unique index refuses the second).</summary>
    private async Task<bool> SavedAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private ReminderPreference Added(ReminderPreference preference)
    {
        db.ReminderPreferences.Add(preference);
        return preference;
    }

    private static AnnualDate? ParseDay(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : QuietPeriod.ParseDay(text.Trim()) ?? throw new RuleViolation("StudyHoursDeadline", "Skriv fristen som måned-dag, for eksempel 01-15.");
}
