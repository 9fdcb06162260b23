using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Resolutions;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Resolutions;

/// <summary>
/// The media log: coverage of the organisation's policy, logged against a resolution or statement, a measure of its plans or one of
/// its bodies (the mayors' forum). Read by those who read the organisation, kept by those who cover it.
/// </summary>
public sealed class MediaService(AppDbContext db, Guard guard)
{
    public const int PageSize = 50;

    /// <summary>One page of the organisation's media log (of the year, when given), newest first; null outside the reader's reach.</summary>
    public async Task<Paged<MediaRow>?> ListAsync(Guid organisationId, int? year, int? page = null) =>
        await guard.ReadsOrganisation(organisationId) ? (await Rows(organisationId, year).ToPagedAsync(page, PageSize)).Select(Row) : null;

    /// <summary>Every entry of the year, for the sheet.</summary>
    public async Task<IReadOnlyList<MediaRow>?> AllAsync(Guid organisationId, int? year) =>
        await guard.ReadsOrganisation(organisationId) ? [.. (await Rows(organisationId, year).ToListAsync()).Select(Row)] : null;

    private sealed record Mentioned(Guid Id, string Outlet, LocalDate PublishedOn, string Title, string? Url, Guid? ResolutionId, Guid? MeasureId,
        string? Resolution, Guid? MeasurePlanId, string? MeasureCode, string? MeasureText, string? Body);

    private IQueryable<Mentioned> Rows(Guid organisationId, int? year)
    {
        var query = db.MediaItems.AsNoTracking().Where(m => m.OrganisationId == organisationId);
        if (year is { } y)
        {
            var (from, to) = CalendarYear.Days(y);
            query = query.Where(m => m.PublishedOn >= from && m.PublishedOn <= to);
        }
        return query.OrderByDescending(m => m.PublishedOn).ThenBy(m => m.Outlet).ThenBy(m => m.Id)
            .Select(m => new Mentioned(m.Id, m.Outlet, m.PublishedOn, m.Title, m.Url, m.ResolutionId, m.MeasureId,
                db.Resolutions.Where(r => r.Id == m.ResolutionId).Select(r => r.Title).FirstOrDefault(),
                db.Measures.Where(x => x.Id == m.MeasureId).Select(x => (Guid?)x.PlanId).FirstOrDefault(),
                db.Measures.Where(x => x.Id == m.MeasureId).Select(x => x.Code).FirstOrDefault(),
                db.Measures.Where(x => x.Id == m.MeasureId).Select(x => x.Text).FirstOrDefault(),
                db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).FirstOrDefault()));
    }

    private static MediaRow Row(Mentioned m) => new(m.Id, m.Outlet, m.PublishedOn, m.Title, m.Url,
        m.Resolution ?? (m.MeasureText is { } text ? $"{m.MeasureCode} {text}".Trim() : m.Body),
        m.ResolutionId is { } r ? $"/uttalelser/{r}" : m.MeasurePlanId is { } plan ? $"/plan/{plan}/tiltak/{m.MeasureId}" : null);

    public Task<bool> EditsAsync(Guid organisationId) => guard.CoversOrganisation(organisationId);

    public async Task<MediaChoices?> ChoicesAsync(Guid organisationId)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderByDescending(r => r.AdoptedOn).Take(200)
            .Select(r => new NamedItem(r.Id, r.Title)).ToListAsync();
        var measures = await db.Measures.AsNoTracking()
            .Where(m => db.Plans.Any(p => p.Id == m.PlanId && p.OrganisationId == organisationId && p.State != PlanState.Draft))
            .OrderByDescending(m => m.PlanId).ThenBy(m => m.Order).Take(500).Select(m => new NamedItem(m.Id, (m.Code ?? "") + " " + m.Text)).ToListAsync();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name).Select(b => new NamedItem(b.Id, b.Name)).ToListAsync();
        return new MediaChoices(resolutions, [.. measures.Select(m => m with { Name = m.Name.Trim() })], bodies);
    }

    public Task<Outcome<Guid>> AddAsync(MediaInput input) => Outcome.Try<Guid>(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId),
                await guard.ReadsOrganisation(input.OrganisationId) ? "Bare de som har ansvaret for organisasjonen, kan føre medieloggen." : "Velg en organisasjon du har tilgang til.");
        }
        if (input.PublishedOn is not { } day)
        {
            return Outcome<Guid>.Invalid(nameof(input.PublishedOn), "Velg dagen saken sto på trykk eller ble sendt.");
        }
        // What the piece covered must be the organisation's own.
        if (input.ResolutionId is { } r && !await db.Resolutions.AnyAsync(x => x.Id == r && x.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.ResolutionId), "Velg en uttalelse fra organisasjonen.");
        }
        if (input.MeasureId is { } m && !await db.Measures.AnyAsync(x => x.Id == m && db.Plans.Any(p => p.Id == x.PlanId && p.OrganisationId == input.OrganisationId)))
        {
            return Outcome<Guid>.Invalid(nameof(input.MeasureId), "Velg et tiltak i organisasjonens plan.");
        }
        if (input.BodyId is { } b && !await db.Bodies.AnyAsync(x => x.Id == b && x.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et organ i organisasjonen.");
        }
        var item = new MediaItem(input.OrganisationId, input.Outlet ?? "", LocalDate.FromDateOnly(day), input.Title ?? "", input.Url, input.ResolutionId, input.MeasureId,
            input.BodyId);
        db.MediaItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid id) => Outcome.Try<Guid>(async () =>
    {
        if (await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id) is not { } item || !await guard.ReadsOrganisation(item.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke oppføringen.");
        }
        if (!await guard.CoversOrganisation(item.OrganisationId))
        {
            return Outcome<Guid>.Forbidden("Bare de som har ansvaret for organisasjonen, kan føre medieloggen.");
        }
        db.MediaItems.Remove(item);
        await db.SaveChangesAsync();
        return id;
    });
}
