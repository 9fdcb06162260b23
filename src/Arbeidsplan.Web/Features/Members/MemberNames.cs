using System.Globalization;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// Whether members' names and contact details are kept from the register's export, and what follows when a county stops keeping
/// them: the names kept so far are deleted. Membership of a party is GDPR art. 9 data, so the rule lives here with the member
/// data; the choice itself is saved with the county's follow-up settings.
/// </summary>
public sealed class MemberNames(AppDbContext db, AuditLog audit)
{
    public Task<bool> KeptAsync(Guid organisationId, CancellationToken ct = default) =>
        db.ScorecardSettings.Where(s => s.OrganisationId == organisationId).Select(s => s.KeepMemberNames).SingleOrDefaultAsync(ct);

    /// <summary>Applies the choice at once, in the caller's transaction: not keeping names deletes those kept, audited as one bulk change.</summary>
    public async Task ApplyAsync(Guid organisationId, bool keep)
    {
        if (keep)
        {
            return;
        }
        if (await db.MemberContacts.Where(c => c.OrganisationId == organisationId).ExecuteDeleteAsync() is var removed and > 0)
        {
            audit.Bulk(nameof(MemberContact), organisationId, "Deleted", new Dictionary<string, string?> { ["Antall"] = removed.ToString(CultureInfo.InvariantCulture) });
        }
    }
}
