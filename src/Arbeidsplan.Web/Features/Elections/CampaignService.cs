using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The campaign plan of an organisation for an election: started from the four-phase template by those who cover the organisation,
/// who then keep its tasks; read by all who read the organisation; a task reported on by its owner as well. The plan belongs to
/// the election's organisation or one below it (a branch may keep its own).
/// </summary>
public sealed class CampaignService(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, PublicElectionService elections,
    CampaignOwners owners, IClock clock)
{
    public async Task<CampaignView?> ViewAsync(Guid electionId, Guid organisationId)
    {
        if (await InTreeAsync(electionId, organisationId) is not { } election || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var plan = await db.CampaignPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ElectionId == electionId && p.OrganisationId == organisationId);
        var today = clock.Today();
        var canEdit = await guard.CoversOrganisation(organisationId);
        var rows = plan is null ? [] : await RowsAsync(db.CampaignTasks.Where(t => t.PlanId == plan.Id), canEdit);
        var voting = election.AdvanceVoting();
        var phases = (plan?.Phases ?? []).Select(p => new CampaignPhaseView(p.Number, p.Name, p.From, p.To, p.Contains(today),
            [.. rows.Where(r => r.Phase == p.Number)])).ToList();
        return new CampaignView(await elections.RowAsync(election), organisationId, (await directory.FindAsync(organisationId))?.DisplayName ?? "", plan?.Id, plan?.Version ?? 0,
            phases, voting.Start, voting.End, canEdit, today);
    }

    public Task<ElectionRow> ElectionRowAsync(Election election) => elections.RowAsync(election);

    public async Task<bool> ReachesElectionAsync(Guid electionId) => await elections.ReachedAsync(electionId) is not null;

    public Task<CampaignOwnerChoices> OwnerChoicesAsync(Guid organisationId) => owners.ChoicesAsync(organisationId);

    /// <summary>The election, when the organisation is it or below the one that keeps it.</summary>
    internal async Task<Election?> InTreeAsync(Guid electionId, Guid organisationId) =>
        await elections.LoadAsync(electionId) is { } election && (await directory.TreeAsync()).IsSelfOrDescendant(organisationId, election.OrganisationId) ? election : null;

    /// <summary>Open campaign tasks the actor owns (by name, by an office they hold where it is held, or on a body they sit on); at most 20.</summary>
    public async Task<IReadOnlyList<CampaignTaskRow>> MineAsync()
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return [];
        }
        var held = await MyOfficesAsync();
        var types = held.Select(h => (Guid?)h.TypeId).Distinct().ToList();
        var seats = held.Where(h => h.OnBody).Select(h => (Guid?)h.Place).Distinct().ToList();
        var open = new[] { MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed };
        var rows = await RowsAsync(db.CampaignTasks.Where(t => open.Contains(t.Status) && (t.PersonId == me || types.Contains(t.PositionTypeId) || seats.Contains(t.OwnerBodyId))), false, 60);
        // The office must be held where the task names it, which the query could not match pairwise.
        return [.. rows.Where(r => r.PersonId == me || r.OwnerBodyId is not null || held.Any(h => h.TypeId == r.PositionTypeId && h.Place == r.HeldInId))
            .Select(r => r with { CanReport = true }).Take(20)];
    }

    /// <summary>The actor's offices as the owner rule reads them, from those the request has read already.</summary>
    private async Task<IReadOnlyList<HeldOffice>> MyOfficesAsync() =>
        [.. (await access.OfficesAsync()).Select(o => new HeldOffice(o.TypeId, o.Place ?? Guid.Empty, o.BodyId is not null))];

    private async Task<List<CampaignTaskRow>> RowsAsync(IQueryable<CampaignTask> tasks, bool canEdit, int take = 500)
    {
        var today = clock.Today();
        var found = await tasks.AsNoTracking().OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(take).Select(t => new
        {
            Task = t,
            Person = db.Persons.Where(p => p.Id == t.PersonId).Select(p => p.Name).FirstOrDefault(),
            Office = db.PositionTypes.Where(x => x.Id == t.PositionTypeId).Select(x => x.Name).FirstOrDefault(),
            Place = db.Organisations.Where(o => o.Id == t.HeldInId).Select(o => o.ShortName ?? o.Name).FirstOrDefault()
                ?? db.Bodies.Where(b => b.Id == t.HeldInId).Select(b => b.Name).FirstOrDefault(),
            Body = db.Bodies.Where(b => b.Id == t.OwnerBodyId).Select(b => b.Name).FirstOrDefault(),
            Note = db.CampaignTaskNotes.Where(n => n.TaskId == t.Id && n.Text != "").OrderByDescending(n => n.WrittenAt).Select(n => n.Text).FirstOrDefault(),
        }).ToListAsync();
        var me = await access.PersonIdAsync();
        var held = me is not null && !canEdit ? await MyOfficesAsync() : [];
        return [.. found.Select(f => new CampaignTaskRow(f.Task.Id, f.Task.ElectionId, f.Task.OrganisationId, f.Task.Phase, f.Task.Title,
            f.Person ?? (f.Office is not null ? $"{f.Office} i {f.Place}" : f.Body ?? Erased.Name), f.Task.PersonId, f.Task.PositionTypeId, f.Task.HeldInId, f.Task.OwnerBodyId,
            f.Task.DueOn, f.Task.Status, f.Task.Status.Label(), f.Task.IsOverdue(today), f.Note,
            canEdit || CampaignOwners.Owns(f.Task, me, held), f.Task.Version))];
    }

    public Task<Outcome<Guid>> StartAsync(CampaignStartInput input) => Outcome.Try<Guid>(async () =>
    {
        if (!await ReachesElectionAsync(input.ElectionId))
        {
            return Outcome<Guid>.NotFound("Fant ikke valget.");
        }
        if (await InTreeAsync(input.ElectionId, input.OrganisationId) is not { } election || !await guard.ReadsOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til, som er med i valget.");
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Forbidden(EditorsOnly);
        }
        if (await db.CampaignPlans.AnyAsync(p => p.ElectionId == election.Id && p.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Organisasjonen har allerede en valgkampplan for dette valget.");
        }
        var plan = new CampaignPlan(election, input.OrganisationId, CampaignTemplate.Phases(election));
        var tasks = new List<CampaignTask>();
        // The template's twelve tasks have a few owning roles: each is looked up once.
        var byRole = new Dictionary<PositionRole, FollowUpOwner?>();
        foreach (var t in CampaignTemplate.Tasks(election))
        {
            if (!byRole.TryGetValue(t.Owner, out var found))
            {
                byRole[t.Owner] = found = await owners.ForRoleAsync(input.OrganisationId, t.Owner);
            }
            if (found is not { } owner)
            {
                return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Organisasjonen har ingen verv som leder den. Legg inn vervene først, så får oppgavene en ansvarlig.");
            }
            tasks.Add(plan.AddTask(election, t.Phase, t.Title, owner, t.DueOn));
        }
        db.CampaignPlans.Add(plan);
        db.CampaignTasks.AddRange(tasks);
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Organisasjonen har allerede en valgkampplan for dette valget.");
        }
        return plan.Id;
    });

    /// <summary>
    /// Changes the plan's phases (names, dates, order, more or fewer): a county whose campaign runs to its own rhythm moves them. A phase
    /// that still has tasks is not taken away; its tasks are moved or removed first. Tasks follow their phase to its new number.
    /// </summary>
    public Task<Outcome<Guid>> SetPhasesAsync(CampaignPhasesInput input) => Outcome.Try<Guid>(async () =>
    {
        var found = await EditablePlanAsync(input.ElectionId, input.OrganisationId);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        var given = (input.Phases ?? []).OfType<CampaignPhaseInput>()
            .Where(p => !string.IsNullOrWhiteSpace(p.Name) || p.From is not null || p.To is not null).ToList();
        if (given.FindIndex(p => p.From is null || p.To is null) is var blank and >= 0)
        {
            return Outcome<Guid>.Invalid(nameof(input.Phases), $"Fase {blank + 1} mangler datoen den begynner eller slutter.");
        }
        var plan = await db.CampaignPlans.SingleAsync(p => p.Id == found.Plan!.Id);
        db.ExpectVersion(plan, input.Version);
        var tasks = await db.CampaignTasks.Where(t => t.PlanId == plan.Id).ToListAsync();
        plan.Rearrange(found.Election!, [.. given.Select(p => (p.Number, p.Name ?? "", LocalDate.FromDateOnly(p.From!.Value), LocalDate.FromDateOnly(p.To!.Value)))], tasks);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    public Task<Outcome<Guid>> AddTaskAsync(CampaignTaskInput input) => Outcome.Try<Guid>(async () =>
    {
        var found = await EditablePlanAsync(input.ElectionId, input.OrganisationId);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        if (await CheckedAsync(input, found.Plan!, found.Election!) is { } invalid)
        {
            return invalid;
        }
        var task = found.Plan!.AddTask(found.Election!, input.Phase!.Value, input.Title ?? "", CampaignOwners.Of(input), LocalDate.FromDateOnly(input.DueOn!.Value));
        db.CampaignTasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    public Task<Outcome<Guid>> ChangeTaskAsync(Guid taskId, CampaignTaskInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.CampaignTasks.SingleOrDefaultAsync(t => t.Id == taskId) is not { } task || !await guard.ReadsOrganisation(task.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        (input.ElectionId, input.OrganisationId) = (task.ElectionId, task.OrganisationId);
        var found = await EditablePlanAsync(task.ElectionId, task.OrganisationId);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        if (await CheckedAsync(input, found.Plan!, found.Election!) is { } invalid)
        {
            return invalid;
        }
        db.ExpectVersion(task, input.Version);
        task.Change(found.Plan!, found.Election!, input.Phase!.Value, input.Title ?? "", CampaignOwners.Of(input), LocalDate.FromDateOnly(input.DueOn!.Value));
        await db.SaveChangesAsync();
        return task.Id;
    });

    public Task<Outcome<Guid>> RemoveTaskAsync(Guid taskId, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await db.CampaignTasks.SingleOrDefaultAsync(t => t.Id == taskId) is not { } task || !await guard.ReadsOrganisation(task.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        if (!await guard.CoversOrganisation(task.OrganisationId))
        {
            return Outcome<Guid>.Forbidden(EditorsOnly);
        }
        db.ExpectVersion(task, version);
        db.CampaignTasks.Remove(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    /// <summary>A report on a task, by its owner or by those who keep the plan.</summary>
    public Task<Outcome<Guid>> ReportAsync(Guid taskId, CampaignReportInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.CampaignTasks.SingleOrDefaultAsync(t => t.Id == taskId) is not { } task)
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        var me = await access.PersonIdAsync();
        var owns = me is not null && CampaignOwners.Owns(task, me, await MyOfficesAsync());
        if (!owns && !await guard.ReadsOrganisation(task.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        if (!owns && !await guard.CoversOrganisation(task.OrganisationId))
        {
            return Outcome<Guid>.Forbidden("Bare den som har oppgaven, og de som har ansvaret for planen, kan rapportere på den.");
        }
        db.ExpectVersion(task, input.Version);
        var on = input.On is { } day ? LocalDate.FromDateOnly(day) : clock.Today();
        if (on > clock.Today())
        {
            return Outcome<Guid>.Invalid(nameof(input.On), "Rapporten kan ikke dateres fram i tid.");
        }
        db.CampaignTaskNotes.Add(task.Report(input.Status, on, input.Note, access.ActorName, clock.GetCurrentInstant()));
        await db.SaveChangesAsync();
        return task.Id;
    });

    public const string EditorsOnly = "Bare de som har ansvaret for organisasjonen, kan endre valgkampplanen.";

    private sealed record PlanFound(bool Ok, Election? Election, CampaignPlan? Plan, Outcome<Guid>? Failure);

    private async Task<PlanFound> EditablePlanAsync(Guid electionId, Guid organisationId)
    {
        if (await InTreeAsync(electionId, organisationId) is not { } election || !await guard.ReadsOrganisation(organisationId))
        {
            return new(false, null, null, Outcome<Guid>.NotFound("Fant ikke valget eller organisasjonen."));
        }
        if (!await guard.CoversOrganisation(organisationId))
        {
            return new(false, null, null, Outcome<Guid>.Forbidden(EditorsOnly));
        }
        return await db.CampaignPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ElectionId == electionId && p.OrganisationId == organisationId) is { } plan
            ? new(true, election, plan, null)
            : new(false, null, null, Outcome<Guid>.Invalid(nameof(CampaignTaskInput.OrganisationId), "Start valgkampplanen først."));
    }

    private async Task<Outcome<Guid>?> CheckedAsync(CampaignTaskInput input, CampaignPlan plan, Election election)
    {
        if (input.Phase is null)
        {
            return Outcome<Guid>.Invalid(nameof(input.Phase), "Velg hvilken fase oppgaven hører til.");
        }
        if (input.DueOn is null)
        {
            return Outcome<Guid>.Invalid(nameof(input.DueOn), "Velg fristen for oppgaven.");
        }
        return await owners.ErrorAsync(input, plan.OrganisationId) is { } wrong ? Outcome<Guid>.Invalid(wrong.Field, wrong.Message) : null;
    }
}
