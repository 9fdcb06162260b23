using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A group of municipalities inside a county-level organisation, followed up by a region contact.</summary>
public sealed class Region : IVersioned, IAudited
{
    private Region() => Name = "";

    public Region(Guid organisationId, string name)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Rename(name);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public long Version { get; set; }

    public void Rename(string name) => Name = Text.Required(name, nameof(Name), "Navn");
}
