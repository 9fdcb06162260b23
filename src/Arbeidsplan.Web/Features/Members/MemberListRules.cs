using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// A county's follow-up settings as saved (on the scorecard's settings page) or their defaults: who reads the member follow-up lists
/// and whether members' names are kept among them. Read here so the member lists do not depend on the scorecard, which reads them from here.
/// </summary>
public sealed class MemberListRules(AppDbContext db, OrganisationDirectory directory)
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
            // Until saved, the defaults come from the roles of the county's party's position types.
            saved = ScorecardSettings.Default(countyId, await BoardCandidates.ReadAsync(db, await directory.PartyOfAsync(countyId) ?? Guid.Empty));
        }
        return read[countyId] = saved;
    }

    /// <summary>Reads the settings again next time: they were just saved.</summary>
    public void Forget(Guid countyId) => read.Remove(countyId);
}
