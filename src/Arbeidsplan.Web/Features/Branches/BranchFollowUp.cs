using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
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

public sealed record ContactRow(Guid Id, DateOnly On, string Channel, string By, string Note);

public sealed record FlagRow(Guid Id, string Reasons, string Note, DateOnly OpenedOn, string? AssignedTo, DateOnly? ClosedOn, string? ClosingNote, long Version);

public sealed class ChecksInput
{
    public DateOnly? WebsiteCheckedOn { get; set; }
    public DateOnly? SocialMediaCheckedOn { get; set; }
    public long Version { get; set; }
}

public sealed record YearFigure(int Year, int Value);

public sealed record MeetingRow(Guid EventId, string Title, DateOnly On, bool Attended);

public sealed record BranchDetail(Guid Id, string Name, Guid? ParentId, string? ParentName, string Region, IReadOnlyList<YearFigure> PayingAtYearEnd,
    IReadOnlyList<YearFigure> StudyHours, Paged<ContactRow> Contacts, IReadOnlyList<FlagRow> Flags, IReadOnlyList<NamedItem> Bodies,
    DateOnly? WebsiteCheckedOn, DateOnly? SocialMediaCheckedOn, long ChecksVersion, IReadOnlyList<MeetingRow> RegionMeetings);

/// <summary>
/// The follow-up of local branches: the list of the branches in the user's scope, a branch's contact log and flags.
/// Those who cover a branch see and write its follow-up; that includes its own leader, who sees what the county noted.
/// </summary>
public sealed class BranchFollowUp(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, IClock clock)
{
    /// <summary>How many contacts a page of the contact log shows, newest first.</summary>
    public const int ContactsPerPage = 25;

    /// <summary>The branch's follow-up: figures, checks, region meetings, every flag (an open one is never left out) and a page of the contact log.</summary>
    public async Task<BranchDetail?> DetailAsync(Guid branchId, int? contactPage = null)
    {
        var branch = await db.Organisations.AsNoTracking().Where(o => o.Id == branchId && o.Kind == OrganisationKind.Local)
            .Select(o => new
            {
                o.Id, Name = o.ShortName ?? o.Name, o.ParentId,
                // In the same query: the page names both, and a query each cost two round trips on every follow-up page.
                Parent = db.Organisations.Where(p => p.Id == o.ParentId).Select(p => p.ShortName ?? p.Name).FirstOrDefault(),
                Region = db.Regions.Where(r => r.Id == o.RegionId).Select(r => r.Name).FirstOrDefault(),
                // The checks' row too: one row at most, three columns.
                WebsiteCheckedOn = db.BranchChecks.Where(c => c.BranchId == o.Id).Select(c => c.WebsiteCheckedOn).FirstOrDefault(),
                SocialMediaCheckedOn = db.BranchChecks.Where(c => c.BranchId == o.Id).Select(c => c.SocialMediaCheckedOn).FirstOrDefault(),
                ChecksVersion = db.BranchChecks.Where(c => c.BranchId == o.Id).Select(c => (long?)c.Version).FirstOrDefault(),
            }).SingleOrDefaultAsync();
        if (branch is null || !await guard.CoversOrganisation(branchId))
        {
            return null;
        }
        var (parent, region) = (branch.Parent, branch.Region ?? "Uten region");
        // The two series by year (paying members at each snapshot, study hours per circle) in one round trip.
        var series = await db.BranchCounts.AsNoTracking().Where(c => c.BranchId == branchId)
            .Join(db.MemberSnapshots, c => c.SnapshotId, s => s.Id, (c, s) => new { Members = true, On = s.TakenOn, Value = c.Paying })
            .Concat(db.StudyCircles.AsNoTracking().Where(c => c.OrganisationId == branchId).Select(c => new { Members = false, On = c.EndsOn, Value = c.Hours }))
            .ToListAsync();
        var yearEnds = series.Where(x => x.Members && x.On.Month == 12 && x.On.Day == 31).GroupBy(x => x.On).OrderBy(g => g.Key)
            .Select(g => new YearFigure(g.Key.Year, g.First().Value)).ToList();
        var hours = series.Where(x => !x.Members).GroupBy(c => c.On.Year).OrderBy(g => g.Key).Select(g => new YearFigure(g.Key, g.Sum(c => c.Value))).ToList();
        var meetings = await RegionMeetingsAsync(branchId);
        var contacts = (await db.ContactEntries.AsNoTracking().Where(c => c.BranchId == branchId)
                .OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.On, c.Channel, c.ByName, c.Note }).ToPagedAsync(contactPage, ContactsPerPage))
            .Select(c => new ContactRow(c.Id, c.On.ToDateOnly(), c.Channel.Label(), c.ByName, c.Note));
        var bodies = branch.ParentId is { } parentId
            ? (await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == parentId).OrderBy(b => b.Name).Select(b => new NamedItem(b.Id, b.Name)).ToListAsync())
            : [];
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);
        var flags = (await db.BranchFlags.AsNoTracking().Where(f => f.BranchId == branchId).OrderBy(f => f.ClosedOn != null).ThenByDescending(f => f.OpenedOn).ToListAsync())
            .Select(f => new FlagRow(f.Id, f.Reasons.Label(), f.Note, f.OpenedOn.ToDateOnly(), f.AssignedBodyId is { } b ? bodyNames.GetValueOrDefault(b) : null,
                f.ClosedOn?.ToDateOnly(), f.ClosingNote, f.Version)).ToList();
        return new BranchDetail(branch.Id, branch.Name, branch.ParentId, parent, region, yearEnds, hours, contacts, flags, bodies,
            branch.WebsiteCheckedOn?.ToDateOnly(), branch.SocialMediaCheckedOn?.ToDateOnly(), branch.ChecksVersion ?? 0, meetings);
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

    public Task<Outcome<Guid>> RecordChecksAsync(Guid branchId, ChecksInput input) => Outcome.Try(async () =>
    {
        if (!await CoversBranchAsync(branchId))
        {
            return Outcome<Guid>.NotFound();
        }
        var check = await db.BranchChecks.SingleOrDefaultAsync(c => c.BranchId == branchId);
        if (check is null)
        {
            check = new BranchCheck(branchId);
            db.BranchChecks.Add(check);
        }
        else
        {
            db.ExpectVersion(check, input.Version);
        }
        check.Record(input.WebsiteCheckedOn is { } w ? LocalDate.FromDateOnly(w) : null, input.SocialMediaCheckedOn is { } s ? LocalDate.FromDateOnly(s) : null, clock.Today());
        await db.SaveChangesAsync();
        return branchId;
    });

    /// <summary>Marks that the branch took part in one of its county's region meetings this year, or (attended false) takes that back.</summary>
    public Task<Outcome<Guid>> SetAttendanceAsync(Guid branchId, Guid eventId, bool attended) => Outcome.Try(async () =>
    {
        if (!await CoversBranchAsync(branchId))
        {
            return Outcome<Guid>.NotFound();
        }
        var meeting = (await RegionMeetingsAsync(branchId)).FirstOrDefault(m => m.EventId == eventId);
        if (meeting is null)
        {
            return Outcome<Guid>.Invalid("EventId", "Velg et regionmøte i år som er holdt.");
        }
        var existing = await db.MeetingAttendances.SingleOrDefaultAsync(a => a.EventId == eventId && a.BranchId == branchId);
        if (attended && existing is null)
        {
            db.MeetingAttendances.Add(new MeetingAttendance(eventId, branchId, LocalDate.FromDateOnly(meeting.On)));
        }
        else if (!attended && existing is not null)
        {
            db.MeetingAttendances.Remove(existing);
        }
        await db.SaveChangesAsync();
        return eventId;
    });

    /// <summary>The region meetings held so far this year in the date plans of the branch and those above it, and whether the branch was there.</summary>
    private async Task<IReadOnlyList<MeetingRow>> RegionMeetingsAsync(Guid branchId)
    {
        var today = clock.Today();
        var above = await directory.AncestryAsync(branchId);
        var kind = EventKind.IdOf(EventKind.RegionMeeting);
        return (await db.Events.AsNoTracking()
                .Where(e => e.KindId == kind && e.Status == EventStatus.Confirmed && (above.Contains(e.OrganisationId) || e.HostId != null && above.Contains(e.HostId.Value))
                    && e.StartDate >= new LocalDate(today.Year, 1, 1) && e.StartDate <= today)
                .OrderBy(e => e.StartDate)
                .Select(e => new { e.Id, e.Title, e.StartDate, Attended = db.MeetingAttendances.Any(a => a.EventId == e.Id && a.BranchId == branchId) }).ToListAsync())
            .Select(e => new MeetingRow(e.Id, e.Title, e.StartDate.ToDateOnly(), e.Attended)).ToList();
    }

    private async Task<bool> CoversBranchAsync(Guid branchId) =>
        await db.Organisations.AnyAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Local) && await guard.CoversOrganisation(branchId);
}
