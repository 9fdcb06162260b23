using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>
/// A person who holds or may hold offices. Only what the register needs is kept: name and how to reach them.
/// The organisation is the one that keeps the record (the person's local branch, as a rule).
/// </summary>
public sealed class Person : IVersioned, IAudited
{
    private Person() => Name = "";

    public Person(Guid organisationId, string name, string? email, string? phone)
    {
        Id = Guid.CreateVersion7();
        Name = "";
        OrganisationId = organisationId;
        Update(name, email, phone);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public long Version { get; set; }

    public void Update(string name, string? email, string? phone)
    {
        Name = Text.Required(name, nameof(Name), "Navn");
        Email = Text.OptionalEmail(email, nameof(Email));
        Phone = Text.Optional(phone, nameof(Phone), "Telefon", 30);
        if (Phone is not null && !Phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
        {
            throw new RuleViolation(nameof(Phone), "Telefonnummeret kan bare ha sifre, mellomrom, + og -.");
        }
    }

    public void MoveTo(Guid organisationId) => OrganisationId = organisationId;

    /// <summary>Erasure: the record stays for the positions and history that point to it, without a name or a way to reach anyone.</summary>
    public void Erase()
    {
        Name = Erased.Name;
        Email = null;
        Phone = null;
    }
}
