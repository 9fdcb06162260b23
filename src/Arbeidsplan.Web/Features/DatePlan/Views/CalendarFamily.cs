using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Features.Organisations;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>
/// Whose events an organisation's date plan shows, as Innlandet's plan does: its own, those of the levels above it and their
/// affiliates (the national party, Senterungdommen), and those below it except the local branches (unless asked for).
/// </summary>
public sealed class CalendarFamily(OrganisationDirectory directory)
{
    public async Task<IReadOnlyList<OrganisationSummary>> OfAsync(Guid organisationId, bool withBranches)
    {
        var rows = await directory.AllAsync();
        var byId = rows.ToDictionary(r => r.Id);
        if (!byId.TryGetValue(organisationId, out var self))
        {
            return [];
        }
        var family = new Dictionary<Guid, OrganisationSummary> { [self.Id] = self };
        for (var up = self.ParentId; up is { } id && byId.TryGetValue(id, out var parent); up = parent.ParentId)
        {
            family[parent.Id] = parent;
            foreach (var affiliate in rows.Where(r => r.ParentId == parent.Id && r.Kind == OrganisationKind.Affiliate))
            {
                family[affiliate.Id] = affiliate;
            }
        }
        var children = rows.ToLookup(r => r.ParentId);
        var stack = new Stack<Guid>([self.Id]);
        while (stack.TryPop(out var id))
        {
            foreach (var child in children[id].Where(c => withBranches || c.Kind != OrganisationKind.Local))
            {
                family[child.Id] = child;
                stack.Push(child.Id);
            }
        }
        return family.Values.ToList();
    }

    public static IReadOnlyList<OrganiserCandidate> Candidates(IEnumerable<OrganisationSummary> family) =>
        family.Select(o => new OrganiserCandidate(o.Id, o.Name, o.ShortName, o.Kind)).ToList();
}
