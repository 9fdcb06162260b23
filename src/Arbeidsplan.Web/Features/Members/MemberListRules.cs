using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Shared;
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
            saved = ScorecardSettings.Default(countyId, await BoardCandidates.ReadAsync(db));
        }
        return read[countyId] = saved;
    }
}
