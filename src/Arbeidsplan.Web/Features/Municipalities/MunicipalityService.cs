using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Municipalities;

public sealed class MunicipalityInput
{
    public string? Number { get; set; }
    public string? Name { get; set; }
    public long Version { get; set; }
}

public sealed record MunicipalityItem(Guid Id, string Number, string Name, long Version);

/// <summary>The municipality reference list: everyone signed in reads it, administrators keep it.</summary>
public sealed class MunicipalityService(AppDbContext db, Guard guard)
{
    public async Task<IReadOnlyList<MunicipalityItem>> ListAsync() =>
        (await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Number, m.Name, m.Version }).ToListAsync())
            .Select(m => new MunicipalityItem(m.Id, m.Number.Value, m.Name, m.Version))
            .OrderBy(m => m.Number, StringComparer.Ordinal).ToList();

    public Task<Outcome<MunicipalityItem>> CreateAsync(MunicipalityInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<MunicipalityItem>.Forbidden("Bare systemadministratorer kan endre kommunelisten.");
        }
        var municipality = new Municipality(MunicipalityNumber.Parse(input.Number), input.Name ?? "");
        if (await NumberTakenAsync(municipality.Number, null))
        {
            return Outcome<MunicipalityItem>.Invalid(nameof(input.Number), $"Kommunenummer {municipality.Number} er allerede i bruk.");
        }
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return Item(municipality);
    });

    public Task<Outcome<MunicipalityItem>> UpdateAsync(Guid id, MunicipalityInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<MunicipalityItem>.Forbidden("Bare systemadministratorer kan endre kommunelisten.");
        }
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id);
        if (municipality is null)
        {
            return Outcome<MunicipalityItem>.NotFound();
        }
        db.ExpectVersion(municipality, input.Version);
        municipality.Update(MunicipalityNumber.Parse(input.Number), input.Name ?? "");
        if (await NumberTakenAsync(municipality.Number, id))
        {
            return Outcome<MunicipalityItem>.Invalid(nameof(input.Number), $"Kommunenummer {municipality.Number} er allerede i bruk.");
        }
        await db.SaveChangesAsync();
        return Item(municipality);
    });

    private Task<bool> NumberTakenAsync(MunicipalityNumber number, Guid? except) =>
        db.Municipalities.AnyAsync(m => m.Number == number && m.Id != except);

    private static MunicipalityItem Item(Municipality m) => new(m.Id, m.Number.Value, m.Name, m.Version);
}
