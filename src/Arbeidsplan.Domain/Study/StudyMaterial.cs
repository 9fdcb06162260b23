using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Study;

/// <summary>A study material such as «Det grønne hjulet» or a digital course; data, so organisations add their own.</summary>
public sealed class StudyMaterial : IVersioned, IAudited
{
    private StudyMaterial() => Name = "";

    public StudyMaterial(Guid organisationId, string name, MaterialKind kind, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, kind, description);
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation that offers the material; those below it use it too.</summary>
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public MaterialKind Kind { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(string name, MaterialKind kind, string? description)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg om det er en studiering eller et digitalt kurs.");
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 2000);
    }
}
