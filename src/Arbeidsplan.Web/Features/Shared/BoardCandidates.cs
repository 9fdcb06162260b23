using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>A party's position types with their roles and their use in the branches, for the follow-up's defaults (scorecard and member lists).</summary>
public static class BoardCandidates
{
    public static async Task<IReadOnlyList<BoardCandidate>> ReadAsync(AppDbContext db, Guid partyId, CancellationToken ct = default) =>
        await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == partyId).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            // Only the leading types' use is counted (the defaults choose among them by it): a party's every position in every branch
            // was counted at each request of a county without saved settings.
            .Select(t => new BoardCandidate(t.Id, t.Roles, (t.Roles & PositionRole.Leads) == 0 ? 0 : db.Positions.Count(p => p.PositionTypeId == t.Id
                && db.Organisations.Any(o => o.Id == p.OrganisationId && o.Kind == OrganisationKind.Local))))
            .ToListAsync(ct);
}
