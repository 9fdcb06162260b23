using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Study;

/// <summary>What the organisation asks of its branches («alle lokallag gjennomfører X innen 1. juli»), and optionally of a body such as the county board.</summary>
public sealed class StudyRequirement : IVersioned, IAudited
{
    private StudyRequirement() => Name = "";

    public StudyRequirement(Guid organisationId, string name, RequirementKind kind, int year, Guid? materialId, LocalDate? dueOn, Guid? bodyId = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, kind, year, materialId, dueOn, bodyId);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public RequirementKind Kind { get; private set; }
    public int Year { get; private set; }
    public Guid? MaterialId { get; private set; }
    public LocalDate DueOn { get; private set; }

    /// <summary>A body that must meet the requirement too, e.g. the county board.</summary>
    public Guid? BodyId { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(string name, RequirementKind kind, int year, Guid? materialId, LocalDate? dueOn, Guid? bodyId)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Year), "Oppgi et år mellom 2000 og 2100.");
        }
        if (kind == RequirementKind.CompleteMaterial && materialId is null)
        {
            throw new RuleViolation(nameof(MaterialId), "Velg hvilket studiemateriell som skal gjennomføres.");
        }
        var due = dueOn ?? new LocalDate(year, 12, 31);
        if (due.Year != year)
        {
            throw new RuleViolation(nameof(DueOn), $"Fristen må ligge i {year}.");
        }
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg hva kravet gjelder.");
        (Year, MaterialId, DueOn, BodyId) = (year, kind == RequirementKind.CompleteMaterial ? materialId : null, due, bodyId);
    }

    /// <summary>The first circle that meets the requirement, among one unit's circles; null if none does (yet).</summary>
    public CircleFact? MetBy(IEnumerable<CircleFact> circles) =>
        circles.Where(c => c.EndsOn.Year == Year && c.EndsOn <= DueOn && (Kind == RequirementKind.CircleEachYear || c.MaterialId == MaterialId))
            .OrderBy(c => c.EndsOn).FirstOrDefault();

    /// <summary>A circle counts once it has ended; one still running or planned does not meet the requirement yet.</summary>
    public RequirementStatus StatusFor(IEnumerable<CircleFact> circles, LocalDate today) =>
        MetBy(circles.Where(c => c.EndsOn <= today)) is { } met ? new RequirementStatus(RequirementState.Done, met.EndsOn)
        : today > DueOn ? new RequirementStatus(RequirementState.Missed, null)
        : new RequirementStatus(RequirementState.Pending, null);
}
