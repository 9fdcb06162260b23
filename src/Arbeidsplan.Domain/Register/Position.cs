using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A person holding an office of a type in an organisation or on a body, for a term.</summary>
public sealed class Position : IVersioned, IAudited
{
    private Position() => Term = new Term(default, null);

    public Position(Guid personId, PositionType type, Guid? organisationId, Guid? bodyId, Guid? regionId, Term term)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        PositionTypeId = type.Id;
        if ((organisationId is null) == (bodyId is null))
        {
            throw new RuleViolation("OrganisationId", "Vervet må gjelde enten en organisasjon eller et organ.");
        }
        if (type.Scope == ScopeKind.Region && regionId is null)
        {
            throw new RuleViolation(nameof(RegionId), $"Et verv som {type.Name.ToLowerInvariant()} må gjelde en region.");
        }
        OrganisationId = organisationId;
        BodyId = bodyId;
        RegionId = regionId;
        Term = term;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid PositionTypeId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? BodyId { get; private set; }
    public Guid? RegionId { get; private set; }
    public Term Term { get; private set; }
    public long Version { get; set; }

    public void ChangeTerm(Term term) => Term = term;
}
