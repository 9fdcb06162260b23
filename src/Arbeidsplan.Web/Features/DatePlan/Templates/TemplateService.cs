using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Templates;

public sealed class TemplateInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public YearType YearType { get; set; }
    public List<TemplateItemInput> Items { get; set; } = [];
    public long Version { get; set; }
}

public sealed class TemplateItemInput
{
    public int Month { get; set; }
    public int? Day { get; set; }
    public Guid KindId { get; set; }
    public string? Title { get; set; }
}

public sealed record TemplateRow(Guid Id, Guid OrganisationId, string Name, YearType YearType, string YearTypeLabel, IReadOnlyList<TemplateItemRow> Items, bool CanEdit, long Version)
{
    /// <summary>The organisation the template belongs to, when it is not the one whose date plan is shown (a county's, seen from its umbrella).</summary>
    public string? From { get; init; }
}

public sealed record TemplateItemRow(int Month, string MonthName, int? Day, Guid KindId, string KindName, string Title);

public sealed class ApplyInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
}

public sealed class CopyYearInput
{
    public Guid OrganisationId { get; set; }
    public int FromYear { get; set; }
    public Guid? KindId { get; set; }
}

public sealed class ConfirmInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
}

public sealed record DraftsMade(int Count, int Year, IReadOnlyList<Guid> EventIds)
{
    /// <summary>Events of the copied kinds the organisation already has in the target year (confirmed), which the drafts may double.</summary>
    public int AlreadyPlanned { get; init; }
}

/// <summary>Templates of a kind of year, a year copied to the next on the same weekdays, and drafts confirmed.</summary>
public sealed class TemplateService(AppDbContext db, Guard guard, CalendarQueries calendar, OrganisationDirectory directory, IClock clock)
{
    public static string Label(YearType type) => type == YearType.ElectionYear ? "Valgår" : "Mellomår";

    public async Task<IReadOnlyList<TemplateRow>> ListAsync(Guid organisationId)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return [];
        }
        var kinds = (await calendar.KindsAsync()).ToDictionary(k => k.Id, k => k.Name);
        // Its own templates, those of the organisations above it, and for an umbrella its counties': each may be applied here.
        var tree = await directory.TreeAsync();
        var related = (await directory.AncestryAsync(organisationId)).Concat(tree.SelfAndDescendants(organisationId)).Distinct().ToList();
        var templates = await db.EventTemplates.AsNoTracking().Include(t => t.Items).Where(t => related.Contains(t.OrganisationId)).ToListAsync();
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.DisplayName);
        var rows = new List<TemplateRow>();
        foreach (var t in templates.OrderBy(t => t.OrganisationId == organisationId ? 0 : 1).ThenBy(t => names.GetValueOrDefault(t.OrganisationId), NorwegianText.Comparer)
            .ThenBy(t => t.YearType))
        {
            if (t.OrganisationId != organisationId && !await guard.ReadsOrganisation(t.OrganisationId))
            {
                continue;
            }
            rows.Add(new TemplateRow(t.Id, t.OrganisationId, t.Name, t.YearType, Label(t.YearType),
                t.Items.OrderBy(i => i.Month).ThenBy(i => i.Order).Select(i => new TemplateItemRow(i.Month, NorwegianDates.MonthTitle(i.Month),
                    i.Day, i.KindId, kinds.GetValueOrDefault(i.KindId, ""), i.Title)).ToList(), await guard.CoversOrganisation(t.OrganisationId), t.Version)
            {
                From = t.OrganisationId == organisationId ? null : names.GetValueOrDefault(t.OrganisationId),
            });
        }
        return rows;
    }

    public Task<Outcome<Guid>> SaveAsync(Guid? id, TemplateInput input) => Outcome.Try(async () =>
    {
        var t = id is { } existing ? await db.EventTemplates.Include(x => x.Items).SingleOrDefaultAsync(x => x.Id == existing) : null;
        if (id is not null && (t is null || !await guard.CoversOrganisation(t.OrganisationId)))
        {
            return Outcome<Guid>.NotFound();
        }
        if (t is not null && t.OrganisationId != input.OrganisationId || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til. En mal kan ikke flyttes til en annen organisasjon.");
        }
        input.Items ??= [];
        var kindIds = await db.EventKinds.Select(k => k.Id).ToListAsync();
        if (input.Items.FirstOrDefault(i => !kindIds.Contains(i.KindId)) is { } bad)
        {
            return Outcome<Guid>.Invalid(nameof(input.Items), $"«{bad.Title}» mangler type hendelse.");
        }
        if (t is not null)
        {
            db.ExpectVersion(t, input.Version);
            db.TemplateItems.RemoveRange(t.Items);
            t.Update(input.Name!, input.YearType);
        }
        else
        {
            t = new EventTemplate(input.OrganisationId, input.Name!, input.YearType);
            db.EventTemplates.Add(t);
        }
        t.ReplaceItems(input.Items.Select(i => (i.Month, i.Day, i.KindId, i.Title ?? "")));
        db.TemplateItems.AddRange(t.Items);
        await db.SaveChangesAsync();
        return t.Id;
    });

    public Task<Outcome<DraftsMade>> ApplyAsync(Guid templateId, ApplyInput input) => Outcome.Try(async () =>
    {
        var t = await db.EventTemplates.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.Id == templateId);
        if (t is null || !await guard.ReadsOrganisation(t.OrganisationId))
        {
            return Outcome<DraftsMade>.NotFound();
        }
        CheckYear(input.Year);
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<DraftsMade>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        // Applying the same template to the same year twice (a double click) makes nothing new.
        var itemIds = t.Items.Select(i => i.Id).ToList();
        var (from, to) = (new LocalDate(input.Year, 1, 1), new LocalDate(input.Year, 12, 31));
        var made = await db.Events.Where(e => e.OrganisationId == input.OrganisationId && e.CopiedFromId != null && itemIds.Contains(e.CopiedFromId.Value)
            && e.StartDate >= from && e.StartDate <= to).Select(e => e.CopiedFromId).ToListAsync();
        return await SaveDraftsAsync(t.Apply(input.Year, input.OrganisationId).Where(d => !made.Contains(d.CopiedFromId)).ToList(), input.Year);
    });

    /// <summary>The organisation's events of a year as drafts in the next, on the same weekday of the same week; copies already made are not made twice.</summary>
    public Task<Outcome<DraftsMade>> CopyYearAsync(CopyYearInput input) => Outcome.Try(async () =>
    {
        CheckYear(input.FromYear);
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<DraftsMade>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var (from, to) = (new LocalDate(input.FromYear, 1, 1), new LocalDate(input.FromYear, 12, 31));
        // What the organisation hosts, wherever it is stored: a county's board meetings may live in its umbrella's date plan.
        var sources = await db.Events.AsNoTracking()
            .Where(Event.OrganisedBy(input.OrganisationId)).Where(e => e.StartDate >= from && e.StartDate <= to && e.Status == EventStatus.Confirmed
                && (input.KindId == null || e.KindId == input.KindId))
            .ToListAsync();
        var sourceIds = sources.Select(s => s.Id).ToList();
        var copied = await db.Events.Where(e => e.CopiedFromId != null && sourceIds.Contains(e.CopiedFromId.Value)).Select(e => e.CopiedFromId).ToListAsync();
        var copies = sources.Where(s => !copied.Contains(s.Id)).Select(s => YearCopy.Copy(s, 1)).ToList();
        foreach (var (copy, source) in copies.Zip(sources.Where(s => !copied.Contains(s.Id))))
        {
            copy.SourceText = source.SourceText;
        }
        var kinds = copies.Select(c => c.KindId).Distinct().ToList();
        var (nextFrom, nextTo) = (from.PlusYears(1), to.PlusYears(1));
        var planned = kinds.Count == 0 ? 0 : await db.Events.Where(Event.OrganisedBy(input.OrganisationId)).CountAsync(e => kinds.Contains(e.KindId)
            && e.Status == EventStatus.Confirmed && e.StartDate >= nextFrom && e.StartDate <= nextTo);
        var made = await SaveDraftsAsync(copies, input.FromYear + 1);
        return made.IsOk ? made.Value! with { AlreadyPlanned = planned } : made;
    });

    public Task<Outcome<int>> ConfirmDraftsAsync(ConfirmInput input) => Outcome.Try(async () =>
    {
        CheckYear(input.Year);
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<int>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var (from, to) = (new LocalDate(input.Year, 1, 1), new LocalDate(input.Year, 12, 31));
        var drafts = await db.Events.Where(Event.OrganisedBy(input.OrganisationId)).Where(e => e.Status == EventStatus.Draft && e.StartDate >= from && e.StartDate <= to)
            .ToListAsync();
        foreach (var d in drafts)
        {
            d.Confirm();
            d.UpdatedAt = clock.GetCurrentInstant();
        }
        await db.SaveChangesAsync();
        return drafts.Count;
    });

    private async Task<Outcome<DraftsMade>> SaveDraftsAsync(List<Event> drafts, int year)
    {
        var now = clock.GetCurrentInstant();
        foreach (var d in drafts)
        {
            d.UpdatedAt = now;
        }
        db.Events.AddRange(drafts);
        await db.SaveChangesAsync();
        return new DraftsMade(drafts.Count, year, drafts.Select(d => d.Id).ToList());
    }

    private static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation("Year", "Oppgi et år mellom 2000 og 2100.");
        }
    }
}
