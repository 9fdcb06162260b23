using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Persons;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// People in the register. A person is in scope when the organisation keeping the record is, or when they hold a
/// position in an organisation or on a body of one that is.
/// </summary>
public sealed class PersonService(AppDbContext db, CurrentAccess access, Guard guard, ScopeReader scopes, HolderQueries positions, IClock clock)
{
    public const int PageSize = 50;

    public async Task<IQueryable<Person>> VisibleAsync()
    {
        var scope = await access.ScopeAsync();
        if (scope.IsAdministrator)
        {
            return db.Persons.AsNoTracking();
        }
        var ids = scope.Organisations.ToList();
        return db.Persons.AsNoTracking().Where(p => ids.Contains(p.OrganisationId)
            || db.Positions.Any(pos => pos.PersonId == p.Id && (
                (pos.OrganisationId != null && ids.Contains(pos.OrganisationId.Value))
                || db.Bodies.Any(b => b.Id == pos.BodyId && ids.Contains(b.OrganisationId)))));
    }

    public async Task<bool> IsInScopeAsync(Guid personId) => await (await VisibleAsync()).AnyAsync(p => p.Id == personId);

    public async Task<Paged<PersonRow>> ListAsync(string? search, int page, int pageSize = PageSize)
    {
        var query = await VisibleAsync();
        if (search?.Trim() is { Length: > 0 } term)
        {
            var pattern = $"%{term.ToLowerInvariant()}%";
            query = query.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern) || (p.Email != null && EF.Functions.Like(p.Email, pattern)));
        }
        return await query.OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new PersonRow(p.Id, p.Name, p.Email, db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First()))
            .ToPagedAsync(page, pageSize);
    }

    public async Task<PersonDetails?> DetailsAsync(Guid id)
    {
        if (!await IsInScopeAsync(id))
        {
            return null;
        }
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Name, p.Email, p.Phone, p.OrganisationId, p.Version,
                OrganisationName = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First(),
                HasUser = db.Users.Any(u => u.PersonId == p.Id),
            })
            .SingleAsync();
        var today = clock.Today();
        var offices = (await db.PublicOffices.AsNoTracking().Where(o => o.PersonId == id).ToListAsync())
            .OrderByDescending(o => o.Term.From)
            .Select(o => new PublicOfficeItem(o.Id, o.Kind, o.Place, o.Term.From.ToDateOnly(), o.Term.To?.ToDateOnly(), o.Term.IsActiveOn(today)))
            .ToList();
        return new PersonDetails(person.Id, person.Name, person.Email, person.Phone, person.OrganisationId, person.OrganisationName,
            person.Version, person.HasUser, await positions.ForPersonAsync(id), offices);
    }

    public Task<Outcome<PersonRow>> CreateAsync(PersonInput input) => Outcome.Try(async () =>
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId) || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<PersonRow>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har ansvar for.");
        }
        var person = new Person(input.OrganisationId, input.Name ?? "", input.Email, input.Phone);
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        return await RowAsync(person);
    });

    public Task<Outcome<PersonRow>> UpdateAsync(Guid id, PersonInput input) => Outcome.Try(async () =>
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == id);
        if (person is null || !await IsInScopeAsync(id))
        {
            return Outcome<PersonRow>.NotFound();
        }
        db.ExpectVersion(person, input.Version);
        var (email, phone) = (person.Email, person.Phone);
        person.Update(input.Name ?? "", input.Email, input.Phone);
        if (person.Email != email || person.Phone != phone)
        {
            // The e-mail is where invitations and resets go: whoever could change it for someone with wider access could take it over.
            if (!Delegation.Encloses(await access.ScopeAsync(), await scopes.OfPersonAsync(id)))
            {
                return Outcome<PersonRow>.Invalid(person.Email != email ? nameof(input.Email) : nameof(input.Phone),
                    "Personen har tilgang til mer enn du har. Bare noen med ansvar for alt personen har tilgang til, kan endre e-post og telefon.");
            }
            if (person.Email != email)
            {
                await VoidInvitationsAsync(id);
            }
        }
        if (input.OrganisationId != person.OrganisationId && input.OrganisationId != Guid.Empty)
        {
            if (!await guard.CoversOrganisation(input.OrganisationId))
            {
                return Outcome<PersonRow>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har ansvar for.");
            }
            person.MoveTo(input.OrganisationId);
        }
        await db.SaveChangesAsync();
        return await RowAsync(person);
    });

    /// <summary>An invitation goes to the address it was made for; a new address voids it.</summary>
    private async Task VoidInvitationsAsync(Guid personId)
    {
        var now = clock.GetCurrentInstant();
        foreach (var invitation in await db.Invitations.Where(i => i.PersonId == personId && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync())
        {
            invitation.RevokedAt = now;
        }
    }

    private async Task<PersonRow> RowAsync(Person p) =>
        new(p.Id, p.Name, p.Email, await db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstAsync());
}
