using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Members;

public sealed class TargetsInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public List<TargetFigure> Targets { get; set; } = [];
}

public sealed class TargetFigure
{
    public Guid BranchId { get; set; }
    public int Target { get; set; }
}

public sealed class CampaignInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Target { get; set; }
    public string? Prize { get; set; }
}

public sealed record LeaderRow(int Place, Guid BranchId, string Branch, int Recruited);

public sealed record CampaignRow(Guid Id, string Name, DateOnly From, DateOnly To, int Target, string? Prize, int Recruited, DateOnly? CountedOn,
    IReadOnlyList<LeaderRow> Leaderboard, bool IsDemo);

/// <summary>Member targets per branch and year, and recruitment campaigns with a leaderboard of branches by new members.</summary>
public sealed class RecruitmentService(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, RegisterSnapshots registerSnapshots)
{
    public Task<Outcome<int>> SetTargetsAsync(TargetsInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<int>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var branches = (await directory.BelowAsync(input.OrganisationId, OrganisationKind.Local)).Select(b => b.Id).ToHashSet();
        if (input.Targets.Any(t => !branches.Contains(t.BranchId)))
        {
            return Outcome<int>.Invalid(nameof(input.Targets), "Et av lokallagene hører ikke til organisasjonen.");
        }
        var ids = input.Targets.Select(t => t.BranchId).ToList();
        var existing = await db.MemberTargets.Where(t => t.Year == input.Year && ids.Contains(t.BranchId)).ToDictionaryAsync(t => t.BranchId);
        foreach (var figure in input.Targets)
        {
            if (existing.TryGetValue(figure.BranchId, out var target))
            {
                target.Set(figure.Target);
            }
            else
            {
                db.MemberTargets.Add(new MemberTarget(figure.BranchId, input.Year, figure.Target));
            }
        }
        await db.SaveChangesAsync();
        return input.Targets.Count;
    });

    public Task<Outcome<Guid>> CreateCampaignAsync(CampaignInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (input.From is not { } from || input.To is not { } to)
        {
            return Outcome<Guid>.Invalid(input.From is null ? nameof(input.From) : nameof(input.To), "Oppgi når kampanjen begynner og slutter.");
        }
        if (to < from)
        {
            return Outcome<Guid>.Invalid(nameof(input.To), "Kampanjen kan ikke slutte før den begynner.");
        }
        var campaign = new RecruitmentCampaign(input.OrganisationId, input.Name!, new DateInterval(LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(to)), input.Target, input.Prize);
        db.RecruitmentCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    });

    /// <summary>The organisation's campaigns, newest first, each with its leaderboard from the latest imported register (branches in the user's scope).</summary>
    /// <param name="wholeOrganisation">Every branch on the leaderboard, for the annual report its readers read as it is; the page shows the reader's own.</param>
    public async Task<IReadOnlyList<CampaignRow>> CampaignsAsync(Guid organisationId, bool wholeOrganisation = false)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return [];
        }
        var campaigns = await db.RecruitmentCampaigns.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.From).Take(20).ToListAsync();
        if (campaigns.Count == 0)
        {
            return [];
        }
        var latest = (await registerSnapshots.ForAsync(organisationId, take: 1, importsOnly: true)) is [var first, ..] ? first : null;
        var names = (await directory.BelowAsync(organisationId, OrganisationKind.Local)).ToDictionary(b => b.Id, b => b.DisplayName);
        var branches = names.Keys.ToList();
        // The rolls hold no names; only the join dates are counted.
        var rolls = latest is null ? [] : await db.BranchRolls.AsNoTracking().Where(r => r.SnapshotId == latest.Id && branches.Contains(r.BranchId)).ToListAsync();
        var rows = new List<CampaignRow>();
        var scope = await access.ScopeAsync();
        foreach (var c in campaigns)
        {
            var board = new List<LeaderRow>();
            foreach (var (branch, recruited) in c.Leaderboard(rolls.OrderBy(r => names.GetValueOrDefault(r.BranchId), NorwegianText.Comparer)))
            {
                if (names.TryGetValue(branch, out var name) && (wholeOrganisation || scope.CoversOrganisation(branch)))
                {
                    board.Add(new LeaderRow(board.Count + 1, branch, name, recruited));
                }
            }
            rows.Add(new CampaignRow(c.Id, c.Name, c.From.ToDateOnly(), c.To.ToDateOnly(), c.Target, c.Prize, board.Sum(b => b.Recruited),
                latest?.TakenOn.ToDateOnly(), board, c.IsDemo));
        }
        return rows;
    }
}
