using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Resolutions;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Resolutions;

/// <summary>
/// Resolutions of the annual meeting and the board's statements, each with its follow-up plan: those who read the organisation read
/// them; those who cover it (the political deputy, the leaders) register them and keep the plan.
/// </summary>
public sealed class ResolutionService(AppDbContext db, Guard guard, IClock clock)
{
    public const string EditorsOnly = "Bare de som har ansvaret for organisasjonen, kan registrere uttalelser og følge dem opp.";

    public Task<bool> EditsAsync(Guid organisationId) => guard.CoversOrganisation(organisationId);

    public const int PageSize = 50;

    /// <summary>One page of the organisation's resolutions (of the year, when given), newest first; null outside the reader's reach.</summary>
    public async Task<Paged<ResolutionRow>?> ListAsync(Guid organisationId, int? year, int? page = null) =>
        await guard.ReadsOrganisation(organisationId) ? (await Rows(organisationId, year).ToPagedAsync(page, PageSize)).Select(Row) : null;

    /// <summary>Every resolution of the year, for the sheet.</summary>
    public async Task<IReadOnlyList<ResolutionRow>?> AllAsync(Guid organisationId, int? year) =>
        await guard.ReadsOrganisation(organisationId) ? [.. (await Rows(organisationId, year).ToListAsync()).Select(Row)] : null;

    private sealed record Counted(Guid Id, ResolutionKind Kind, string Title, LocalDate AdoptedOn, string AdoptedBy, string? Responsible, int Steps, int Done, int Media);

    private IQueryable<Counted> Rows(Guid organisationId, int? year)
    {
        var query = db.Resolutions.AsNoTracking().Where(r => r.OrganisationId == organisationId);
        if (year is { } y)
        {
            var (from, to) = CalendarYear.Days(y);
            query = query.Where(r => r.AdoptedOn >= from && r.AdoptedOn <= to);
        }
        return query.OrderByDescending(r => r.AdoptedOn).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new Counted(r.Id, r.Kind, r.Title, r.AdoptedOn, r.AdoptedBy, r.Responsible,
                db.ResolutionSteps.Count(s => s.ResolutionId == r.Id),
                db.ResolutionSteps.Count(s => s.ResolutionId == r.Id && s.Status == MeasureStatus.Done),
                db.MediaItems.Count(m => m.ResolutionId == r.Id)));
    }

    private static ResolutionRow Row(Counted r) => new(r.Id, r.Kind, r.Kind.Label(), r.Title, r.AdoptedOn, r.AdoptedBy, r.Responsible, r.Steps, r.Done, r.Media);

    public async Task<ResolutionDetail?> FindAsync(Guid id)
    {
        if (await db.Resolutions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id) is not { } r || !await guard.ReadsOrganisation(r.OrganisationId))
        {
            return null;
        }
        var today = clock.Today();
        var steps = await db.ResolutionSteps.AsNoTracking().Where(s => s.ResolutionId == id).OrderBy(s => s.DueOn == null).ThenBy(s => s.DueOn).ThenBy(s => s.Id)
            .ToListAsync();
        var media = await db.MediaItems.AsNoTracking().Where(m => m.ResolutionId == id).OrderByDescending(m => m.PublishedOn)
            .Select(m => new MediaRow(m.Id, m.Outlet, m.PublishedOn, m.Title, m.Url, null, null)).ToListAsync();
        return new ResolutionDetail(r.Id, r.OrganisationId, r.Kind, r.Kind.Label(), r.Title, r.Text, r.AdoptedOn, r.AdoptedBy, r.Responsible,
            await guard.CoversOrganisation(r.OrganisationId),
            [.. steps.Select(s => new StepRow(s.Id, s.Title, s.Responsible, s.DueOn, s.Status, s.Status.Label(), s.Note,
                s.DueOn < today && s.Status is MeasureStatus.NotStarted or MeasureStatus.UnderWay or MeasureStatus.Postponed, s.Version))],
            media, r.Version);
    }

    public Task<Outcome<Guid>> CreateAsync(ResolutionInput input) => Outcome.Try<Guid>(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), await guard.ReadsOrganisation(input.OrganisationId) ? EditorsOnly : "Velg en organisasjon du har tilgang til.");
        }
        if (input.AdoptedOn is not { } day)
        {
            return Outcome<Guid>.Invalid(nameof(input.AdoptedOn), "Velg dagen den ble vedtatt.");
        }
        var made = new Resolution(input.OrganisationId, input.Kind, input.Title ?? "", input.Text ?? "", LocalDate.FromDateOnly(day), input.AdoptedBy ?? "", input.Responsible);
        db.Resolutions.Add(made);
        await db.SaveChangesAsync();
        return made.Id;
    });

    public Task<Outcome<Guid>> EditAsync(Guid id, ResolutionInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(id) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke uttalelsen.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var r = found.Resolution!;
        if (AppDbContext.IsStale(r, input.Version))
        {
            return Outcome<Guid>.Conflict("Uttalelsen er endret av noen andre siden du åpnet den. Last siden på nytt og gjør endringen igjen.");
        }
        if (input.AdoptedOn is not { } day)
        {
            return Outcome<Guid>.Invalid(nameof(input.AdoptedOn), "Velg dagen den ble vedtatt.");
        }
        r.Edit(input.Kind, input.Title ?? "", input.Text ?? "", LocalDate.FromDateOnly(day), input.AdoptedBy ?? "", input.Responsible);
        await db.SaveChangesAsync();
        return r.Id;
    });

    public Task<Outcome<Guid>> AddStepAsync(Guid id, StepInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(id) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke uttalelsen.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var step = new ResolutionStep(found.Resolution!, input.Title ?? "", input.Responsible, Day(input.DueOn));
        db.ResolutionSteps.Add(step);
        await db.SaveChangesAsync();
        return step.Id;
    });

    public Task<Outcome<Guid>> EditStepAsync(Guid id, Guid stepId, StepInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(id) is not { } found || await db.ResolutionSteps.SingleOrDefaultAsync(s => s.Id == stepId && s.ResolutionId == id) is not { } step)
        {
            return Outcome<Guid>.NotFound("Fant ikke steget.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        if (AppDbContext.IsStale(step, input.Version))
        {
            return Outcome<Guid>.Conflict("Steget er endret av noen andre siden du åpnet siden. Last den på nytt og meld igjen.");
        }
        step.Edit(input.Title ?? step.Title, input.Responsible, Day(input.DueOn), input.Status ?? step.Status, input.Note, found.Resolution!.AdoptedOn);
        await db.SaveChangesAsync();
        return step.Id;
    });

    private static LocalDate? Day(DateOnly? day) => day is { } d ? LocalDate.FromDateOnly(d) : null;

    private async Task<(Resolution? Resolution, Outcome<Guid>? Error)?> EditableAsync(Guid id)
    {
        if (await db.Resolutions.SingleOrDefaultAsync(r => r.Id == id) is not { } r || !await guard.ReadsOrganisation(r.OrganisationId))
        {
            return null;
        }
        return await guard.CoversOrganisation(r.OrganisationId) ? (r, null) : (null, Outcome<Guid>.Forbidden(EditorsOnly));
    }
}
