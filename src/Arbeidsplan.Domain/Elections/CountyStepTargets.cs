using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A county's own target dates for the nomination steps of an election the party above it follows up: the national party sets
/// the targets for all, and a county that wants its top candidates «før nyttår» sets that for its own lists. A step the county
/// leaves out follows the election's target.
/// </summary>
public sealed class CountyStepTargets : IVersioned, IAudited
{
    private CountyStepTargets() => Targets = [];

    public CountyStepTargets(Guid electionId, Guid organisationId)
    {
        Id = Guid.CreateVersion7();
        (ElectionId, OrganisationId, Targets) = (electionId, organisationId, []);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The county (or any organisation between the election's owner and the lists) whose lists the targets are for.</summary>
    public Guid OrganisationId { get; private set; }
    public IReadOnlyList<StepTarget> Targets { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>
    /// Replaces the county's own targets with those given. A target after the election day is refused, as no step is taken
    /// after it; so is one later than the target from above (<paramref name="above"/>): an own target tightens, and the list's
    /// filing deadline and the party's targets still hold for the county's lists.
    /// </summary>
    public void Set(IEnumerable<StepTarget> targets, LocalDate electionDay, Func<NominationStepKind, LocalDate> above)
    {
        var given = targets.GroupBy(t => t.Kind).Select(g => g.Last()).ToList();
        if (given.FirstOrDefault(t => t.On > electionDay) is { } late)
        {
            throw new RuleViolation(nameof(Targets), $"Målet for «{late.Kind.Label()}» er etter valgdagen {NorwegianTime.Format(electionDay)}.");
        }
        if (given.FirstOrDefault(t => t.On > above(t.Kind)) is { } looser)
        {
            throw new RuleViolation(nameof(Targets),
                $"Målet for «{looser.Kind.Label()}» kan ikke være senere enn {NorwegianTime.Format(above(looser.Kind))}, som gjelder ovenfra. Egne mål kan bare være tidligere.");
        }
        Targets = [.. given.OrderBy(t => t.Kind)];
    }
}
