using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// Who reads a county's member follow-up lists and whether members' names are kept: part of the county's follow-up settings
/// (saved on the scorecard's settings page), read here so the member lists do not depend on the scorecard.
/// </summary>
public sealed class MemberListRules(AppDbContext db)
{
    // The lists ask twice in one request (who may see, whether names are kept): read once.
    private readonly Dictionary<Guid, ScorecardSettings> read = [];

    public async Task<ScorecardSettings> ForAsync(Guid countyId)
    {
        if (read.TryGetValue(countyId, out var known))
        {
            return known;
        }
        var saved = await db.ScorecardSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == countyId);
        if (saved is null)
        {
            var types = await db.PositionTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync();
            saved = ScorecardSettings.Default(countyId, types.Select(t => (t.Id, t.Name)).ToList());
        }
        return read[countyId] = saved;
    }
}
