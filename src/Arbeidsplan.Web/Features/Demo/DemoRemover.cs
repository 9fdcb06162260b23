using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Demo;

public sealed record DemoRemoved(int Organisations, int Persons, int Users);

/// <summary>
/// Removes the demo from a database, for an installation that started with it: its sign-ins, every organisation under its top
/// organisation with all that belongs to them, and the position types only it used. The municipalities stay: they are the real ones.
/// </summary>
public sealed class DemoRemover(AppDbContext db, Guard guard, AuditLog audit)
{
    public async Task<bool> IsPresentAsync() => await db.SystemSettings.AnyAsync(s => s.Key == SystemSetting.DemoRoot);

    public async Task<Outcome<DemoRemoved>> RemoveAsync(CancellationToken ct = default)
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<DemoRemoved>.NotFound();
        }
        var settings = await db.SystemSettings.Where(s => s.Key.StartsWith("demo-")).ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        if (!settings.TryGetValue(SystemSetting.DemoRoot, out var rootText) || !Guid.TryParse(rootText, out var root))
        {
            return Outcome<DemoRemoved>.Invalid("Demo", "Det finnes ingen demodata i denne databasen.");
        }
        var links = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(ct);
        var tree = new OrganisationTree(links.Select(l => (l.Id, l.ParentId)));
        var ids = tree.SelfAndDescendants(root).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var users = await db.Users.Where(u => u.IsDemo).ExecuteDeleteAsync(ct);
        // What points at the organisations without following them out (by rule) goes first, then the people, then the tree from its leaves.
        await db.Plans.Where(p => ids.Contains(p.OrganisationId)).ExecuteDeleteAsync(ct);
        await db.Measures.Where(m => m.OwnerOrganisationId != null && ids.Contains(m.OwnerOrganisationId.Value)).ExecuteDeleteAsync(ct);
        await db.StudyCircles.Where(c => ids.Contains(c.OrganisationId)).ExecuteDeleteAsync(ct);
        await db.StudyRequirements.Where(r => ids.Contains(r.OrganisationId)).ExecuteDeleteAsync(ct);
        await db.StudyMaterials.Where(m => ids.Contains(m.OrganisationId)).ExecuteDeleteAsync(ct);
        // E-mail to the demo's people would outlive them (the outbox keeps a message when its person goes); it goes with them.
        await db.OutboxMessages.Where(m => m.PersonId != null && db.Persons.Any(p => p.Id == m.PersonId && ids.Contains(p.OrganisationId))).ExecuteDeleteAsync(ct);
        // A follow-up task keeps its owner by rule (it is handed on, not lost, when a person is erased); the demo's go first.
        await db.FollowUpTasks.Where(t => db.Decisions.Any(d => d.Id == t.DecisionId && ids.Contains(d.OrganisationId))).ExecuteDeleteAsync(ct);
        await db.CampaignTasks.Where(t => ids.Contains(t.OrganisationId)).ExecuteDeleteAsync(ct);
        // An election names its candidates and office by rule (erasure keeps the office); the demo's annual meetings' go first.
        await db.ElectionResults.Where(e => db.Meetings.Any(m => m.Id == e.MeetingId && ids.Contains(m.OrganisationId))).ExecuteDeleteAsync(ct);
        var persons = await db.Persons.Where(p => ids.Contains(p.OrganisationId)).ExecuteDeleteAsync(ct);
        // The party's own position types go with it (they name offices only its organisations hold), before its top organisation.
        await db.Positions.Where(p => db.PositionTypes.Any(t => t.Id == p.PositionTypeId && t.PartyId == root)).ExecuteDeleteAsync(ct);
        await db.PositionTypes.Where(t => t.PartyId == root).ExecuteDeleteAsync(ct);
        foreach (var level in ids.GroupBy(id => tree.Ancestors(id).Count()).OrderByDescending(g => g.Key))
        {
            var batch = level.ToList();
            await db.Organisations.Where(o => batch.Contains(o.Id)).ExecuteDeleteAsync(ct);
        }
        await db.SystemSettings.Where(s => s.Key.StartsWith("demo-")).ExecuteDeleteAsync(ct);
        await db.MarkOrganisationsChangedAsync(ct);
        audit.Bulk("Demo", root, "Deleted", new Dictionary<string, string?>
        {
            ["Organisasjoner"] = ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Personer"] = persons.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Brukere"] = users.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DemoRemoved(ids.Count, persons, users);
    }
}
