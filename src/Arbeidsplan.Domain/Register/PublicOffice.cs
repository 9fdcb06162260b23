using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>An office in public government (mayor, councillor …) held by a person for an electoral term.</summary>
public sealed class PublicOffice : IVersioned, IAudited
{
    private PublicOffice() => (Term, Place) = (new Term(default, null), "");

    public PublicOffice(Guid personId, PublicOfficeKind kind, string place, Guid? municipalityId, Term term)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Kind = kind;
        Place = Text.Required(place, nameof(Place), "Sted / forsamling");
        MunicipalityId = municipalityId;
        Term = term;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public PublicOfficeKind Kind { get; private set; }

    /// <summary>Where the office is held, e.g. "Hamar kommunestyre" or "Innlandet fylkesting".</summary>
    public string Place { get; private set; }

    public Guid? MunicipalityId { get; private set; }
    public Term Term { get; private set; }
    public long Version { get; set; }
}
