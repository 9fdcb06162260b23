using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Persons;

public sealed class PublicOfficeInput
{
    public Guid PersonId { get; set; }
    public PublicOfficeKind Kind { get; set; } = PublicOfficeKind.MunicipalCouncillor;
    public string? Place { get; set; }
    public Guid? MunicipalityId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>Public offices (mayor, councillor …) of people in scope.</summary>
public sealed class PublicOfficeService(AppDbContext db, PersonService persons)
{
    public Task<Outcome<PublicOfficeItem>> AddAsync(PublicOfficeInput input) => Outcome.Try(async () =>
    {
        if (!await persons.IsInScopeAsync(input.PersonId))
        {
            return Outcome<PublicOfficeItem>.Invalid(nameof(input.PersonId), "Velg en person du har tilgang til.");
        }
        if (input.From is null)
        {
            return Outcome<PublicOfficeItem>.Invalid(nameof(input.From), "Fra dato må fylles ut.");
        }
        if (input.MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m))
        {
            return Outcome<PublicOfficeItem>.Invalid(nameof(input.MunicipalityId), "Kommunen finnes ikke.");
        }
        var term = new Term(LocalDate.FromDateOnly(input.From.Value), input.To is { } to ? LocalDate.FromDateOnly(to) : null);
        var office = new PublicOffice(input.PersonId, input.Kind, input.Place ?? "", input.MunicipalityId, term);
        db.PublicOffices.Add(office);
        await db.SaveChangesAsync();
        return new PublicOfficeItem(office.Id, office.Kind, office.Place, input.From.Value, input.To, true);
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid id, long version) => Outcome.Try(async () =>
    {
        var office = await db.PublicOffices.SingleOrDefaultAsync(o => o.Id == id);
        if (office is null || !await persons.IsInScopeAsync(office.PersonId))
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(office, version);
        db.PublicOffices.Remove(office);
        await db.SaveChangesAsync();
        return id;
    });
}
