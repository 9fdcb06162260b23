using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The follow-up of decisions: tasks with an owner and a due date, kept by those who edit the body's meetings and reported on by
/// them and by the owner (the person, whoever holds the office, or the body's members). Vedtak til oppfølging lists an
/// organisation's tasks with the overdue ones first, in one query; a task on a closed case is left out for those not on the body.
/// </summary>
public sealed class FollowUpService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock, MeetingService meetings, StandingInviteeService invitees)
{
    public const int PageSize = 50;

    /// <summary>One page of the organisation's follow-up tasks (the open ones, or all), the overdue first; null outside the reader's reach.</summary>
    public async Task<Paged<FollowUpRow>?> ListAsync(Guid organisationId, bool open, int? page = null) =>
        await ListedAsync(organisationId, open) is { } found ? (await found.ToPagedAsync(page, PageSize)).Select(f => f.Row(clock.Today())) : null;

    /// <summary>Every one of them, for the sheet.</summary>
    public async Task<IReadOnlyList<FollowUpRow>?> AllAsync(Guid organisationId, bool open) =>
        await ListedAsync(organisationId, open) is { } found ? [.. (await found.ToListAsync()).Select(f => f.Row(clock.Today()))] : null;

    /// <summary>
    /// The tasks on the bodies the reader reads, in the list's order; one on a closed case only for the members of its body, whose seats
    /// are known from the positions already read, so the database can page what is left.
    /// </summary>
    private async Task<IQueryable<Found>?> ListedAsync(Guid organisationId, bool open)
    {
        if (await meetings.ReadableBodiesAsync(organisationId) is not { } bodies)
        {
            return null;
        }
        var ids = bodies.Select(b => b.Id).ToList();
        var seated = new List<Guid>();
        foreach (var id in ids)
        {
            if ((await access.SeatAsync(id, withInvitation: false)).Sits)
            {
                seated.Add(id);
            }
        }
        return Ordered(db.FollowUpTasks.Where(t => t.OrganisationId == organisationId && ids.Contains(t.BodyId) && (seated.Contains(t.BodyId)
            || !db.Decisions.Any(d => d.Id == t.DecisionId && db.MeetingCases.Any(c => c.Id == d.CaseId && c.IsClosed)))), open);
    }

    /// <summary>The open tasks the actor owns: by name, by an office they hold today, or as a member of the owning body; at most 20.</summary>
    public async Task<IReadOnlyList<FollowUpRow>> MineAsync()
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return [];
        }
        var held = await access.OfficesAsync();
        var types = held.Select(h => (Guid?)h.TypeId).Distinct().ToList();
        var seats = held.Where(h => h.BodyId is not null).Select(h => h.BodyId).Distinct().ToList();
        var rows = await Ordered(db.FollowUpTasks.Where(t => t.PersonId == me || types.Contains(t.PositionTypeId) || seats.Contains(t.OwnerBodyId)), open: true)
            .Take(60).ToListAsync();
        // The office must be held where the task names it, which the query above could not match pairwise.
        var mine = rows.Where(r => r.PersonId == me || r.OwnerBodyId is not null
            || held.Any(h => h.TypeId == r.PositionTypeId && h.Place == r.HeldInId)).Take(20).ToList();
        return await VisibleAsync(mine);
    }

    /// <summary>The tasks of a decision, open and done, with what their rows show: the decision's page reads them once.</summary>
    internal Task<List<Found>> OfDecisionAsync(Guid decisionId) => Ordered(db.FollowUpTasks.Where(t => t.DecisionId == decisionId), open: false).ToListAsync();

    /// <summary>The tasks with what their rows show, the overdue first, then by due day; ordered after the join, so the order holds.</summary>
    private IQueryable<Found> Ordered(IQueryable<FollowUpTask> tasks, bool open)
    {
        var today = clock.Today();
        if (open)
        {
            tasks = tasks.Where(t => t.Status == MeasureStatus.NotStarted || t.Status == MeasureStatus.UnderWay || t.Status == MeasureStatus.Postponed);
        }
        return tasks.AsNoTracking().Join(db.Decisions, t => t.DecisionId, d => d.Id, (t, d) => new { t, d })
            .OrderBy(x => x.t.DueOn < today && (x.t.Status == MeasureStatus.NotStarted || x.t.Status == MeasureStatus.UnderWay || x.t.Status == MeasureStatus.Postponed) ? 0 : 1)
            .ThenBy(x => x.t.DueOn).ThenBy(x => x.t.Id)
            .Select(x => new Found
            {
                Task = x.t,
                Decision = x.d.Title,
                DecidedOn = x.d.DecidedOn,
                Body = db.Bodies.Where(b => b.Id == x.d.BodyId).Select(b => b.Name).First(),
                Number = db.MeetingCases.Where(c => c.Id == x.d.CaseId).Select(c => c.Number).FirstOrDefault(),
                Closed = db.MeetingCases.Where(c => c.Id == x.d.CaseId).Select(c => c.IsClosed).FirstOrDefault(),
                Person = db.Persons.Where(p => p.Id == x.t.PersonId).Select(p => p.Name).FirstOrDefault(),
                Office = db.PositionTypes.Where(o => o.Id == x.t.PositionTypeId).Select(o => o.Name).FirstOrDefault(),
                Place = db.Organisations.Where(o => o.Id == x.t.HeldInId).Select(o => o.Name).FirstOrDefault()
                    ?? db.Bodies.Where(b => b.Id == x.t.HeldInId).Select(b => b.Name).FirstOrDefault(),
                OwnerBody = db.Bodies.Where(b => b.Id == x.t.OwnerBodyId).Select(b => b.Name).FirstOrDefault(),
            });
    }

    /// <summary>The rows in the order the list wants, less those on closed cases of bodies the actor is not on.</summary>
    private async Task<IReadOnlyList<FollowUpRow>> VisibleAsync(List<Found> found)
    {
        var today = clock.Today();
        var shown = new List<FollowUpRow>();
        foreach (var f in found.OrderBy(f => f.Task.IsOverdue(today) ? 0 : 1).ThenBy(f => f.Task.DueOn).ThenBy(f => f.Task.Id))
        {
            if (f.Closed && !(await access.SeatAsync(f.Task.BodyId, withInvitation: false)).Sits)
            {
                continue;
            }
            shown.Add(f.Row(today));
        }
        return shown;
    }

    internal sealed class Found
    {
        public required FollowUpTask Task { get; init; }
        public required string Decision { get; init; }
        public LocalDate DecidedOn { get; init; }
        public required string Body { get; init; }
        public int? Number { get; init; }
        public bool Closed { get; init; }
        public string? Person { get; init; }
        public string? Office { get; init; }
        public string? Place { get; init; }
        public string? OwnerBody { get; init; }

        public Guid? PersonId => Task.PersonId;
        public Guid? PositionTypeId => Task.PositionTypeId;
        public Guid? HeldInId => Task.HeldInId;
        public Guid? OwnerBodyId => Task.OwnerBodyId;

        public FollowUpRow Row(LocalDate today) => new(Task.Id, Task.DecisionId, Decision,
            Number is { } n ? $"{Body}, {new CaseNumber(n, DecidedOn.Year)}" : $"{Body}, mellom møtene", DecidedOn, Task.Title,
            Person ?? (Office is not null ? $"{Office} i {Place}" : OwnerBody ?? Domain.Common.Erased.Name), Task.DueOn, Task.Status, Task.Status.Label(),
            Task.IsOverdue(today), Task.Version);
    }

    public Task<Outcome<Guid>> AddAsync(Guid decisionId, FollowUpInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId) is not { } decision || !await ReadsAsync(decision))
        {
            return Outcome<Guid>.NotFound("Fant ikke vedtaket.");
        }
        if (!await guard.EditsBody(new BodyRef(decision.OrganisationId, decision.BodyId)))
        {
            return Outcome<Guid>.Forbidden(MinutesService.WritersOnly);
        }
        if (input.DueOn is not { } due)
        {
            return Outcome<Guid>.Invalid(nameof(input.DueOn), "Velg fristen for oppgaven.");
        }
        var owner = new FollowUpOwner(input.PersonId, input.PersonId is null ? input.PositionTypeId : null,
            input.PersonId is null && input.PositionTypeId is not null ? input.HeldInId : null, input.PersonId is null && input.PositionTypeId is null ? input.BodyId : null);
        if (await invitees.WhoErrorAsync(owner.PersonId, owner.PositionTypeId, owner.HeldInId) is { } wrong)
        {
            return Outcome<Guid>.Invalid(wrong.Field, wrong.Message);
        }
        if (owner.BodyId is { } body && !(await db.Bodies.Where(b => b.Id == body).Select(b => (Guid?)b.OrganisationId).SingleOrDefaultAsync() is { } org
            && await guard.ReadsOrganisation(org)))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et organ du har tilgang til.");
        }
        var task = new FollowUpTask(decision, input.Title ?? "", owner, LocalDate.FromDateOnly(due));
        db.FollowUpTasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    /// <summary>A report on a task, by its owner or by those who edit the body's meetings.</summary>
    public Task<Outcome<Guid>> ReportAsync(Guid taskId, ReportInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == taskId) is not { } task
            || await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == task.DecisionId) is not { } decision)
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        var owns = await OwnsAsync(task);
        if (!owns && !await ReadsAsync(decision))
        {
            return Outcome<Guid>.NotFound("Fant ikke oppgaven.");
        }
        if (!owns && !await guard.EditsBody(new BodyRef(decision.OrganisationId, decision.BodyId)))
        {
            return Outcome<Guid>.Forbidden("Bare den som har oppgaven, og organets leder og sekretær, kan rapportere på den.");
        }
        db.ExpectVersion(task, input.Version);
        var on = input.On is { } day ? LocalDate.FromDateOnly(day) : clock.Today();
        if (on > clock.Today())
        {
            return Outcome<Guid>.Invalid(nameof(input.On), "Rapporten kan ikke dateres fram i tid.");
        }
        db.FollowUpNotes.Add(task.Report(input.Status, on, input.Note, access.ActorName, clock.GetCurrentInstant()));
        await db.SaveChangesAsync();
        return task.Id;
    });

    /// <summary>Whether the actor owns the task: by name, by holding the office where it is held today, or by sitting on the owning body.</summary>
    internal async Task<bool> OwnsAsync(FollowUpTask task)
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return false;
        }
        if (task.PersonId == me)
        {
            return true;
        }
        if (task.OwnerBodyId is { } body)
        {
            return (await access.SeatAsync(body, withInvitation: false)).Sits;
        }
        // The offices held today come with the user, so a page of tasks asks the database nothing per task.
        return task.PositionTypeId is { } type && (await access.OfficesAsync())
            .Any(h => h.TypeId == type && (h.OrganisationId == task.HeldInId || h.BodyId == task.HeldInId));
    }

    /// <summary>Whether the actor reads the decision: they read its body, and a decision on a closed case only if they sit on it.</summary>
    internal async Task<bool> ReadsAsync(Decision decision) =>
        await guard.ReadsBody(new BodyRef(decision.OrganisationId, decision.BodyId))
        && await ReadsAsync(decision, decision.CaseId is { } caseId && await db.MeetingCases.AnyAsync(c => c.Id == caseId && c.IsClosed));

    /// <summary>As above, when the caller already knows whether the decision's case is closed.</summary>
    internal async Task<bool> ReadsAsync(Decision decision, bool caseClosed) =>
        await guard.ReadsBody(new BodyRef(decision.OrganisationId, decision.BodyId))
        && (!caseClosed || (await access.SeatAsync(decision.BodyId, withInvitation: false)).Sits);
}
