using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Persons;

/// <summary>The register's own record of the person and their public offices.</summary>
public sealed class PersonPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Personen i registeret";

    public int Order => 10;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == subject.PersonId)
            .Select(p => new { p.Name, p.Email, p.Phone, Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First() })
            .SingleAsync(ct);
        var offices = (await db.PublicOffices.AsNoTracking().Where(o => o.PersonId == subject.PersonId).ToListAsync(ct))
            .Select(o => new PersonalRecord("Folkevalgt verv", new Dictionary<string, string?>
            {
                ["Verv"] = o.Kind.ToString(), ["Sted"] = o.Place, ["Fra"] = NorwegianTime.Format(o.Term.From), ["Til"] = o.Term.To is { } to ? NorwegianTime.Format(to) : null,
            }));
        return [new PersonalRecord("Person", new Dictionary<string, string?>
        {
            ["Navn"] = person.Name, ["E-post"] = person.Email, ["Telefon"] = person.Phone, ["Registrert i"] = person.Organisation,
        }), .. offices];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var person = await db.Persons.SingleAsync(p => p.Id == subject.PersonId, ct);
        person.Erase();
        var offices = await db.PublicOffices.Where(o => o.PersonId == subject.PersonId).ToListAsync(ct);
        db.PublicOffices.RemoveRange(offices);
        return new ErasurePart(Section, 1 + offices.Count, []);
    }
}
