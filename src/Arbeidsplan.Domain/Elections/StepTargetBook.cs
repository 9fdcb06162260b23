using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Which target a list's step is measured against: the nearest own target of the list's county or an organisation above it,
/// below the election's owner; otherwise the election's. An own target the election day has since moved before is passed over.
/// </summary>
public sealed class StepTargetBook(Election election, IEnumerable<CountyStepTargets> own, OrganisationTree tree)
{
    private readonly Dictionary<Guid, IReadOnlyList<StepTarget>> byOrganisation =
        own.Where(o => o.ElectionId == election.Id).ToDictionary(o => o.OrganisationId, o => o.Targets);

    public Election Election => election;

    /// <param name="county">The organisation that owns the list (the county for a municipality's list).</param>
    public LocalDate For(Guid county, NominationStepKind kind)
    {
        if (byOrganisation.Count > 0)
        {
            foreach (var id in Ancestry(county).TakeWhile(id => id != election.OrganisationId))
            {
                if (byOrganisation.TryGetValue(id, out var targets) && targets.FirstOrDefault(t => t.Kind == kind) is { } target && target.On <= election.Day)
                {
                    return target.On;
                }
            }
        }
        return election.TargetFor(kind);
    }

    private IEnumerable<Guid> Ancestry(Guid county) => tree.Ancestors(county).Prepend(county);
}
