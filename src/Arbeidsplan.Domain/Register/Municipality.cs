using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A municipality (kommune), identified by its official four-digit number.</summary>
public sealed class Municipality : IVersioned, IAudited
{
    private Municipality() => (Number, Name) = (MunicipalityNumber.Parse("0301"), "");

    public Municipality(MunicipalityNumber number, string name)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        Name = "";
        Update(number, name);
    }

    public Guid Id { get; private set; }
    public MunicipalityNumber Number { get; private set; }
    public string Name { get; private set; }
    public long Version { get; set; }

    public void Update(MunicipalityNumber number, string name)
    {
        Number = number;
        Name = Text.Required(name, nameof(Name), "Navn", 100);
    }
}
