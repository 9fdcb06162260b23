using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.FollowUp;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Branches;

public sealed class ContactInput
{
    public DateOnly? On { get; set; }
    public ContactChannel Channel { get; set; }
    public string? Note { get; set; }
}

public sealed class FlagInput
{
    public List<FlagReason> Reasons { get; set; } = [];
    public string? Note { get; set; }
    public Guid? AssignedBodyId { get; set; }
}

public sealed class CloseFlagInput
{
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
}

public sealed record BranchRow(Guid Id, string Name, string Region, int? Paying, DateOnly? LastContact, string? LastContactBy, int OpenFlags, string? FlagReasons);

public sealed record ContactRow(Guid Id, DateOnly On, string Channel, string By, string Note);

public sealed record FlagRow(Guid Id, string Reasons, string Note, DateOnly OpenedOn, string? AssignedTo, DateOnly? ClosedOn, string? ClosingNote, long Version);

public sealed record BranchDetail(Guid Id, string Name, Guid? ParentId, string? ParentName, string Region, IReadOnlyList<(DateOnly On, int Paying)> YearEnds,
    IReadOnlyList<ContactRow> Contacts, IReadOnlyList<FlagRow> Flags, IReadOnlyList<(Guid Id, string Name)> Bodies);

/// <summary>
/// The follow-up of local branches: the list of the branches in the user's scope, a branch's contact log and flags.
/// Those who cover a branch see and write its follow-up; that includes its own leader, who sees what the county noted.
/// </summary>
public sealed class BranchFollowUp(AppDbContext db, CurrentAccess access, CalendarFamily family, IClock clock)
{
    public async Task<IReadOnlyList<BranchRow>> ListAsync(Guid organisationId)
    {
        organisationId = await family.FollowedUpFromAsync(organisationId);
        if (!await access.SeesOrganisationAsync(organisationId))
        {
            return [];
        }
        var scope = await access.ScopeAsync();
        var branches = (await family.BelowAsync(organisationId, OrganisationKind.Local)).Where(b => scope.CoversOrganisation(b.Id)).ToList();
        var ids = branches.Select(b => b.Id).ToList();
        var regions = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.RegionId != null)
            .Join(db.Regions, o => o.RegionId, r => r.Id, (o, r) => new { o.Id, r.Name }).ToDictionaryAsync(x => x.Id, x => x.Name);
        var latest = await db.MemberSnapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderByDescending(s => s.TakenOn).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        var paying = await db.BranchCounts.AsNoTracking().Where(c => c.SnapshotId == latest && ids.Contains(c.BranchId)).ToDictionaryAsync(c => c.BranchId, c => c.Paying);
        var contacts = (await db.ContactEntries.AsNoTracking().Where(c => ids.Contains(c.BranchId)).GroupBy(c => c.BranchId)
            .Select(g => new { BranchId = g.Key, On = g.Max(c => c.On) }).ToListAsync()).ToDictionary(x => x.BranchId, x => x.On);
        var lastBy = (await db.ContactEntries.AsNoTracking().Where(c => ids.Contains(c.BranchId)).Select(c => new { c.BranchId, c.On, c.ByName }).ToListAsync())
            .GroupBy(c => c.BranchId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.On).First().ByName);
        var flags = (await db.BranchFlags.AsNoTracking().Where(f => ids.Contains(f.BranchId) && f.ClosedOn == null).Select(f => new { f.BranchId, f.Reasons }).ToListAsync())
            .GroupBy(f => f.BranchId).ToDictionary(g => g.Key, g => (Count: g.Count(), Reasons: g.Aggregate(FlagReason.None, (a, f) => a | f.Reasons)));
        return branches.Select(b => new BranchRow(b.Id, b.DisplayName, regions.GetValueOrDefault(b.Id) ?? "Uten region", paying.TryGetValue(b.Id, out var p) ? p : null,
                contacts.TryGetValue(b.Id, out var on) ? on.ToDateOnly() : null, lastBy.GetValueOrDefault(b.Id),
                flags.TryGetValue(b.Id, out var f) ? f.Count : 0, flags.TryGetValue(b.Id, out var r) ? r.Reasons.Label() : null))
            .OrderBy(b => b.Region, NorwegianText.Comparer).ThenBy(b => b.Name, NorwegianText.Comparer).ToList();
    }

    public async Task<BranchDetail?> DetailAsync(Guid branchId)
    {
        var branch = await db.Organisations.AsNoTracking().Where(o => o.Id == branchId && o.Kind == OrganisationKind.Local)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name, o.ParentId, o.RegionId }).SingleOrDefaultAsync();
        if (branch is null || !await access.CoversOrganisationAsync(branchId))
        {
            return null;
        }
        var parent = branch.ParentId is { } pid ? await db.Organisations.AsNoTracking().Where(o => o.Id == pid).Select(o => o.ShortName ?? o.Name).SingleAsync() : null;
        var region = branch.RegionId is { } rid ? await db.Regions.AsNoTracking().Where(r => r.Id == rid).Select(r => r.Name).SingleAsync() : "Uten region";
        var yearEnds = (await db.BranchCounts.AsNoTracking().Where(c => c.BranchId == branchId)
                .Join(db.MemberSnapshots, c => c.SnapshotId, s => s.Id, (c, s) => new { s.TakenOn, c.Paying }).ToListAsync())
            .Where(x => x.TakenOn.Month == 12 && x.TakenOn.Day == 31).GroupBy(x => x.TakenOn).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToDateOnly(), g.First().Paying)).ToList();
        var contacts = (await db.ContactEntries.AsNoTracking().Where(c => c.BranchId == branchId).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).Take(50).ToListAsync())
            .Select(c => new ContactRow(c.Id, c.On.ToDateOnly(), c.Channel.Label(), c.ByName, c.Note)).ToList();
        var bodies = branch.ParentId is { } parentId
            ? (await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == parentId).OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync()).Select(b => (b.Id, b.Name)).ToList()
            : [];
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);
        var flags = (await db.BranchFlags.AsNoTracking().Where(f => f.BranchId == branchId).OrderByDescending(f => f.OpenedOn).Take(50).ToListAsync())
            .Select(f => new FlagRow(f.Id, f.Reasons.Label(), f.Note, f.OpenedOn.ToDateOnly(), f.AssignedBodyId is { } b ? bodyNames.GetValueOrDefault(b) : null,
                f.ClosedOn?.ToDateOnly(), f.ClosingNote, f.Version)).ToList();
        return new BranchDetail(branch.Id, branch.Name, branch.ParentId, parent, region, yearEnds, contacts, flags, bodies);
    }

    public Task<Outcome<Guid>> LogContactAsync(Guid branchId, ContactInput input) => Outcome.Try(async () =>
    {
        if (!await CoversBranchAsync(branchId))
        {
            return Outcome<Guid>.NotFound();
        }
        var on = input.On is { } d ? LocalDate.FromDateOnly(d) : clock.Today();
        if (on > clock.Today())
        {
            return Outcome<Guid>.Invalid(nameof(input.On), "En kontakt kan ikke være fram i tid.");
        }
        var entry = new ContactEntry(branchId, await access.PersonIdAsync(), access.ActorName, on, input.Channel, input.Note!, clock.GetCurrentInstant());
        db.ContactEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    public Task<Outcome<Guid>> FlagAsync(Guid branchId, FlagInput input) => Outcome.Try(async () =>
    {
        if (!await CoversBranchAsync(branchId))
        {
            return Outcome<Guid>.NotFound();
        }
        var parent = await db.Organisations.Where(o => o.Id == branchId).Select(o => o.ParentId).SingleAsync();
        if (input.AssignedBodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body && b.OrganisationId == parent))
        {
            return Outcome<Guid>.Invalid(nameof(input.AssignedBodyId), "Velg et utvalg eller styre i fylkeslaget.");
        }
        var flag = new BranchFlag(branchId, input.Reasons.Aggregate(FlagReason.None, (a, r) => a | r), input.Note!, clock.Today(), input.AssignedBodyId);
        db.BranchFlags.Add(flag);
        await db.SaveChangesAsync();
        return flag.Id;
    });

    public Task<Outcome<Guid>> CloseFlagAsync(Guid flagId, CloseFlagInput input) => Outcome.Try(async () =>
    {
        var flag = await db.BranchFlags.SingleOrDefaultAsync(f => f.Id == flagId);
        if (flag is null || !await CoversBranchAsync(flag.BranchId))
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(flag, input.Version);
        flag.Close(input.On is { } d ? LocalDate.FromDateOnly(d) : clock.Today(), input.Note!);
        await db.SaveChangesAsync();
        return flag.Id;
    });

    private async Task<bool> CoversBranchAsync(Guid branchId) =>
        await db.Organisations.AnyAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Local) && await access.CoversOrganisationAsync(branchId);
}
