using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Which target a list's step is measured against: the earliest of the election's target and the own targets of the list's
/// county and the organisations above it, below the election's owner. An own target can only tighten what comes from above
/// (the filing deadline is the law's), so the earliest wins even when an election's target has since been moved before a county's.
/// An own target the election day has since moved before is passed over.
/// </summary>
public sealed class StepTargetBook(Election election, IEnumerable<CountyStepTargets> own, OrganisationTree tree)
{
    private readonly Dictionary<Guid, IReadOnlyList<StepTarget>> byOrganisation =
        own.Where(o => o.ElectionId == election.Id).ToDictionary(o => o.OrganisationId, o => o.Targets);

    public Election Election => election;

    /// <param name="county">The organisation that owns the list (the county for a municipality's list).</param>
    public LocalDate For(Guid county, NominationStepKind kind) => Earliest(Ancestry(county), kind);

    /// <summary>The target the organisation's lists would follow without its own: the latest its own target may be.</summary>
    public LocalDate Above(Guid organisation, NominationStepKind kind) => Earliest(tree.Ancestors(organisation), kind);

    private LocalDate Earliest(IEnumerable<Guid> chain, NominationStepKind kind)
    {
        var earliest = election.TargetFor(kind);
        if (byOrganisation.Count == 0)
        {
            return earliest;
        }
        foreach (var id in chain.TakeWhile(id => id != election.OrganisationId))
        {
            if (byOrganisation.TryGetValue(id, out var targets) && targets.FirstOrDefault(t => t.Kind == kind) is { } target
                && target.On <= election.Day && target.On < earliest)
            {
                earliest = target.On;
            }
        }
        return earliest;
    }

    private IEnumerable<Guid> Ancestry(Guid county) => tree.Ancestors(county).Prepend(county);
}
