using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Members;

public sealed record ListMember(string MemberNumber, string? Name, string? Phone, string? Email, DateOnly? JoinedOn, int? PaidForYear, DateOnly? DoneOn, string? DoneBy);

public sealed record MemberListsView(Guid BranchId, string BranchName, DateOnly? RegisterOn, bool NamesKept, IReadOnlyList<ListMember> Unpaid, IReadOnlyList<ListMember> New);

public sealed class MarkInput
{
    public string? MemberNumber { get; set; }
    public MemberList List { get; set; }
    public bool Done { get; set; } = true;
}

/// <summary>
/// The branch's follow-up lists from the latest export: unpaid members to remind and new members to welcome. Only those holding
/// a position the organisation chose (leader, member officer) in that very branch see them; not the county, not an administrator.
/// </summary>
public sealed class MemberLists(AppDbContext db, CurrentAccess access, MemberListRules settings, RegisterSnapshots registerSnapshots, IClock clock)
{
    public async Task<MemberListsView?> GetAsync(Guid branchId)
    {
        if (await BranchAsync(branchId) is not { ParentId: { } county } branch || !await MaySeeAsync(branchId, county))
        {
            return null;
        }
        // The newest import of the county, or of the organisation above it that imports for it; names are kept by whoever imported.
        var snapshot = (await registerSnapshots.ForAsync(county, take: 1, importsOnly: true)) is [var first, ..] ? first : null;
        if (snapshot is null)
        {
            return new MemberListsView(branchId, branch.Name, null, false, [], []);
        }
        var year = snapshot.TakenOn.Year;
        var roll = await db.BranchRolls.AsNoTracking().Where(r => r.SnapshotId == snapshot.Id && r.BranchId == branchId).Select(r => r.Members).SingleOrDefaultAsync() ?? [];
        var members = roll.Where(r => r.PaidForYear == null || r.PaidForYear < year || NewMember.At(r.JoinedOn, snapshot.TakenOn)).ToList();
        var numbers = members.Select(m => m.MemberNumber).ToList();
        var keep = (await settings.ForAsync(snapshot.OrganisationId)).KeepMemberNames;
        var contacts = keep
            ? await db.MemberContacts.AsNoTracking().Where(c => c.OrganisationId == snapshot.OrganisationId && numbers.Contains(c.MemberNumber)).ToDictionaryAsync(c => c.MemberNumber)
            : [];
        var marks = await db.FollowUpMarks.AsNoTracking().Where(m => m.BranchId == branchId && m.Year == year).ToListAsync();
        ListMember Row(string number, LocalDate? joined, int? paid, MemberList list)
        {
            var c = contacts.GetValueOrDefault(number);
            var mark = marks.FirstOrDefault(m => m.MemberNumber == number && m.List == list);
            return new ListMember(number, c?.Name, c?.Phone, c?.Email, joined?.ToDateOnly(), paid, mark?.DoneOn.ToDateOnly(), mark?.DoneBy);
        }
        var unpaid = members.Where(m => m.PaidForYear is null || m.PaidForYear < year).OrderBy(m => m.MemberNumber, StringComparer.Ordinal)
            .Select(m => Row(m.MemberNumber, m.JoinedOn, m.PaidForYear, MemberList.Unpaid)).ToList();
        var fresh = members.Where(m => NewMember.At(m.JoinedOn, snapshot.TakenOn)).OrderByDescending(m => m.JoinedOn)
            .Select(m => Row(m.MemberNumber, m.JoinedOn, m.PaidForYear, MemberList.New)).ToList();
        return new MemberListsView(branchId, branch.Name, snapshot.TakenOn.ToDateOnly(), keep, unpaid, fresh);
    }

    public Task<Outcome<string>> MarkAsync(Guid branchId, MarkInput input) => Outcome.Try(async () =>
    {
        if (await GetAsync(branchId) is not { RegisterOn: { } on } view)
        {
            return Outcome<string>.NotFound();
        }
        var list = input.List == MemberList.Unpaid ? view.Unpaid : view.New;
        if (list.All(m => m.MemberNumber != input.MemberNumber))
        {
            return Outcome<string>.Invalid(nameof(input.MemberNumber), "Medlemmet står ikke på listen.");
        }
        var year = on.Year;
        var existing = await db.FollowUpMarks.SingleOrDefaultAsync(m => m.BranchId == branchId && m.Year == year && m.List == input.List && m.MemberNumber == input.MemberNumber);
        if (input.Done && existing is null)
        {
            db.FollowUpMarks.Add(new FollowUpMark(branchId, input.MemberNumber!, input.List, year, clock.Today(), access.ActorName));
        }
        else if (!input.Done && existing is not null)
        {
            db.FollowUpMarks.Remove(existing);
        }
        await db.SaveChangesAsync();
        return input.MemberNumber!;
    });

    /// <summary>Whether the user holds, today, one of the chosen positions in this branch (from the offices the request has read).</summary>
    public async Task<bool> MaySeeAsync(Guid branchId, Guid county)
    {
        var offices = await access.OfficesAsync();
        if (!offices.Any(o => o.OrganisationId == branchId))
        {
            return false;
        }
        var allowed = (await settings.ForAsync(county)).MemberListPositionTypeIds;
        return offices.Any(o => o.OrganisationId == branchId && allowed.Contains(o.TypeId));
    }

    private async Task<(string Name, Guid? ParentId)?> BranchAsync(Guid branchId) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == branchId && o.Kind == OrganisationKind.Local)
            .Select(o => new { Name = o.ShortName ?? o.Name, o.ParentId }).SingleOrDefaultAsync() is { } b ? (b.Name, b.ParentId) : null;
}
