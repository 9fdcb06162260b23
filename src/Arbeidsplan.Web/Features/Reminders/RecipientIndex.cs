using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>A person a reminder can go to: their address (if any) and whether they can sign in to see it in the app.</summary>
public sealed record Recipient(Guid PersonId, string Name, string? Email, bool HasUser);

/// <summary>One position held on the run's day, with what its type's roles say.</summary>
public sealed record HeldOffice(Guid PositionId, Guid PersonId, Guid TypeId, string TypeName, PositionRole Roles, Guid? OrganisationId, Guid? BodyId,
    Guid? RegionId, LocalDate? TermTo);

/// <summary>
/// Who holds what on the run's day, read once for the whole run (a national party has some thousands of positions), so every source
/// of reminders asks memory, not the database: the holders of a type or a role in an organisation, on a body or for a region.
/// </summary>
public sealed class RecipientIndex
{
    private readonly ILookup<Guid, HeldOffice> byOrganisation;
    private readonly ILookup<Guid, HeldOffice> byBody;
    private readonly ILookup<Guid, HeldOffice> byRegion;

    private readonly Dictionary<Guid, Recipient> people;

    private RecipientIndex(IReadOnlyList<HeldOffice> offices, Dictionary<Guid, Recipient> people)
    {
        Offices = offices;
        this.people = people;
        byOrganisation = offices.Where(o => o.OrganisationId is not null).ToLookup(o => o.OrganisationId!.Value);
        byBody = offices.Where(o => o.BodyId is not null).ToLookup(o => o.BodyId!.Value);
        byRegion = offices.Where(o => o.RegionId is not null).ToLookup(o => o.RegionId!.Value);
    }

    public IReadOnlyList<HeldOffice> Offices { get; }

    public IReadOnlyDictionary<Guid, Recipient> People => people;

    public static async Task<RecipientIndex> LoadAsync(AppDbContext db, LocalDate on, CancellationToken ct)
    {
        var offices = await db.Positions.AsNoTracking()
            .Where(p => p.Term.From <= on && (p.Term.To == null || p.Term.To >= on))
            .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new HeldOffice(p.Id, p.PersonId, t.Id, t.Name, t.Roles, p.OrganisationId, p.BodyId,
                p.RegionId, p.Term.To))
            .ToListAsync(ct);
        var index = new RecipientIndex(offices, []);
        await index.AddPeopleAsync(db, offices.Select(o => o.PersonId), ct);
        return index;
    }

    /// <summary>Looks up people a source names who hold no office today (a follow-up task's owner by name), so they can be reminded too.</summary>
    public async Task AddPeopleAsync(AppDbContext db, IEnumerable<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.Where(id => !people.ContainsKey(id)).Distinct().ToList();
        foreach (var chunk in ids.Chunk(1000))
        {
            var found = await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new Recipient(p.Id, p.Name, p.Email, db.Users.Any(u => u.PersonId == p.Id && u.DeactivatedAt == null)))
                .ToListAsync(ct);
            foreach (var person in found)
            {
                people[person.PersonId] = person;
            }
        }
    }

    public IEnumerable<HeldOffice> InOrganisation(Guid organisationId) => byOrganisation[organisationId];

    public IEnumerable<HeldOffice> OnBody(Guid bodyId) => byBody[bodyId];

    public IEnumerable<HeldOffice> ForRegion(Guid regionId) => byRegion[regionId];

    public IReadOnlyList<Guid> WithRole(IEnumerable<HeldOffice> offices, PositionRole role) =>
        offices.Where(o => (o.Roles & role) != 0).Select(o => o.PersonId).Distinct().ToList();
}
