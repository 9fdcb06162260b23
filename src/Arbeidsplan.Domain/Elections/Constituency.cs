using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A constituency (valgkrets) of an election whose lists are neither a municipality's nor a county's own: the Sámi parliament's,
/// as the election regulation sets them. Data, so a changed regulation is changed rows; each with the organisation that fields the
/// party's list in it (one county may answer for several, as Finnmark does for three).
/// </summary>
public sealed class Constituency : IVersioned, IAudited
{
    public const int MaxName = 100;

    private Constituency() => Name = "";

    public Constituency(Guid electionId, int number, string name, Guid organisationId)
    {
        Id = Guid.CreateVersion7();
        ElectionId = electionId;
        Name = "";
        Update(number, name, organisationId);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The regulation's number (1 Østre … 7 Sør-Norge), which orders the lists.</summary>
    public int Number { get; private set; }
    public string Name { get; private set; }

    /// <summary>The organisation that fields the list in the constituency.</summary>
    public Guid OrganisationId { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void Update(int number, string name, Guid organisationId)
    {
        if (number is < 1 or > 99)
        {
            throw new RuleViolation(nameof(Number), "Valgkretsens nummer er fra 1 til 99.");
        }
        if (organisationId == Guid.Empty)
        {
            throw new RuleViolation(nameof(OrganisationId), $"Velg organisasjonen som stiller liste i {name}.");
        }
        (Number, OrganisationId) = (number, organisationId);
        Name = Text.Required(name, nameof(Name), "Valgkretsens navn", MaxName);
    }
}
