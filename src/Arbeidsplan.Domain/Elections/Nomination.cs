using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The nomination for one list of an election: a municipality's (by the branch that covers it, or by the county while it has
/// none) or the county council's. Its steps are recorded as they are taken; a step out of order is allowed, with a warning said
/// plainly, since a list adopted in a hurry is still a list.
/// </summary>
public sealed class Nomination : IVersioned, IAudited
{
    private readonly List<NominationStep> steps = [];

    private Nomination() { }

    /// <param name="municipalityId">The municipality whose list it is; null for the county council's list.</param>
    public Nomination(Guid electionId, Guid countyId, Guid? municipalityId)
    {
        Id = Guid.CreateVersion7();
        (ElectionId, CountyId, MunicipalityId) = (electionId, countyId, municipalityId);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The county organisation that answers for the municipality.</summary>
    public Guid CountyId { get; private set; }
    public Guid? MunicipalityId { get; private set; }
    public IReadOnlyList<NominationStep> Steps => steps;
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>
    /// Records a step taken (again: the new day replaces the old). Returns a warning when steps before it are not taken, or null.
    /// </summary>
    public (NominationStep Step, string? Warning) Record(NominationStepKind kind, LocalDate on, LocalDate electionDay, LocalDate today, string by, string? note, Guid? linkId = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation("Kind", "Velg et av nominasjonens steg.");
        }
        if (on > electionDay)
        {
            throw new RuleViolation("On", $"Datoen er etter valgdagen {NorwegianTime.Format(electionDay)}.");
        }
        if (on > today)
        {
            throw new RuleViolation("On", "Et steg registreres når det er tatt: datoen kan ikke være etter i dag.");
        }
        // Made before the old one goes: a step refused (a note too long, a link its kind cannot have) leaves the one recorded.
        var step = new NominationStep(Id, kind, on, by, note, linkId);
        steps.RemoveAll(s => s.Kind == kind);
        steps.Add(step);
        var missing = NominationStepKinds.All.Where(k => k < kind && steps.All(s => s.Kind != k)).ToList();
        return (step, missing.Count == 0 ? null
            : $"Registrert, men {NorwegianText.List([.. missing.Select(k => $"«{k.Label().ToLowerInvariant()}»")])} er ikke registrert ennå.");
    }

    /// <summary>Takes a step back (recorded by mistake).</summary>
    public void Undo(NominationStepKind kind) => steps.RemoveAll(s => s.Kind == kind);
}
