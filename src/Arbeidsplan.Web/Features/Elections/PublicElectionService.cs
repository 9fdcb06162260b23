using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The elections an organisation nominates for, created and given their target dates by those who cover the organisation, and
/// read by everyone who reads it and those below it.
/// </summary>
public sealed class PublicElectionService(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory)
{
    private readonly Dictionary<Guid, Election> loaded = [];

    /// <summary>The elections of the organisation and those above it, the coming first.</summary>
    public async Task<IReadOnlyList<ElectionRow>?> ListAsync(Guid organisationId)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var above = await directory.AncestryAsync(organisationId);
        var elections = await db.Elections.AsNoTracking().Where(e => above.Contains(e.OrganisationId)).OrderByDescending(e => e.Day).Take(50).ToListAsync();
        elections.ForEach(e => loaded[e.Id] = e);
        var rows = new List<ElectionRow>();
        foreach (var e in elections)
        {
            rows.Add(await RowAsync(e));
        }
        return rows;
    }

    /// <summary>The election, read once per request: the page lists the elections and then shows one of them.</summary>
    public async Task<Election?> LoadAsync(Guid id)
    {
        if (!loaded.TryGetValue(id, out var election) && await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id) is { } found)
        {
            loaded[id] = election = found;
        }
        return election;
    }

    /// <summary>An election read along with something else, kept for the rest of the request as if <see cref="LoadAsync"/> had read it.</summary>
    public void Remember(Election election) => loaded.TryAdd(election.Id, election);

    public async Task<bool> CanCreateAsync(Guid organisationId) => await FollowsElectionsAsync(organisationId) && await guard.CoversOrganisation(organisationId);

    /// <summary>Elections and the municipalities lists are fielded in are kept by a county or those above it, never by a branch or an affiliate.</summary>
    public async Task<bool> FollowsElectionsAsync(Guid organisationId) =>
        await directory.FindAsync(organisationId) is { Kind: OrganisationKind.National or OrganisationKind.Umbrella or OrganisationKind.County or OrganisationKind.CountyPart };

    /// <summary>Whether the election exists and the reader reads the organisation it belongs to.</summary>
    public async Task<bool> ReadsAsync(Guid id) =>
        await db.Elections.AsNoTracking().Where(e => e.Id == id).Select(e => (Guid?)e.OrganisationId).SingleOrDefaultAsync() is { } owner && await guard.ReadsOrganisation(owner);

    public Task<bool> ReadsOrganisationAsync(Guid organisationId) => guard.ReadsOrganisation(organisationId);

    /// <summary>
    /// Whether the reader takes part in the election: they read the organisation that keeps it, or hold a scope somewhere under it
    /// (a branch's leader in the national party's election). Null when it does not exist or they do not.
    /// </summary>
    public async Task<Election?> ReachedAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } election)
        {
            return null;
        }
        if (await guard.ReadsOrganisation(election.OrganisationId))
        {
            return election;
        }
        var scope = await access.ScopeAsync();
        var tree = await directory.TreeAsync();
        return scope.Organisations.Any(o => tree.IsSelfOrDescendant(o, election.OrganisationId)) ? election : null;
    }

    public async Task<string> NameOfAsync(Guid organisationId) => (await directory.FindAsync(organisationId))?.DisplayName ?? "";

    public async Task<ElectionRow?> FindAsync(Guid id) =>
        await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id) is { } e && await guard.ReadsOrganisation(e.OrganisationId) ? await RowAsync(e) : null;

    public Task<Outcome<ElectionRow>> CreateAsync(ElectionInput input) => Outcome.Try(async () =>
    {
        if (!await guard.ReadsOrganisation(input.OrganisationId))
        {
            return Outcome<ElectionRow>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<ElectionRow>.Forbidden("Bare de som har ansvaret for organisasjonen, kan legge inn valg for den.");
        }
        if (!await FollowsElectionsAsync(input.OrganisationId))
        {
            return Outcome<ElectionRow>.Invalid(nameof(input.OrganisationId), "Valg legges inn for et fylkeslag eller høyere, ikke for et lokallag.");
        }
        if (input.Day is not { } day)
        {
            return Outcome<ElectionRow>.Invalid(nameof(input.Day), "Oppgi valgdagen.");
        }
        var election = new Election(input.OrganisationId, input.Kind ?? ElectionKind.Local, LocalDate.FromDateOnly(day), input.Name,
            input.FilingDeadline is { } deadline ? LocalDateTime.FromDateTime(deadline) : null, await db.StepDefaults.AsNoTracking().ToListAsync());
        Apply(election, input);
        db.Elections.Add(election);
        await db.SaveChangesAsync();
        return await RowAsync(election);
    });

    public Task<Outcome<ElectionRow>> UpdateAsync(Guid id, ElectionInput input) => Outcome.Try(async () =>
    {
        var election = await db.Elections.SingleOrDefaultAsync(e => e.Id == id);
        if (election is null || !await guard.ReadsOrganisation(election.OrganisationId))
        {
            return Outcome<ElectionRow>.NotFound("Fant ikke valget.");
        }
        if (!await guard.CoversOrganisation(election.OrganisationId))
        {
            return Outcome<ElectionRow>.Forbidden("Bare de som har ansvaret for organisasjonen, kan endre valget.");
        }
        db.ExpectVersion(election, input.Version);
        var day = input.Day is { } d ? LocalDate.FromDateOnly(d) : election.Day;
        election.Update(input.Kind ?? election.Kind, day, input.Name ?? election.Name,
            input.FilingDeadline is { } f ? LocalDateTime.FromDateTime(f) : day == election.Day ? election.FilingDeadline : new LocalDateTime(day.Year, 3, 31, 12, 0));
        Apply(election, input);
        await db.SaveChangesAsync();
        return await RowAsync(election);
    });

    /// <summary>The municipalities the organisation answers for (where it should field a list), by number and name.</summary>
    public async Task<IReadOnlyList<MunicipalityItem>?> MunicipalitiesAsync(Guid organisationId) =>
        await guard.ReadsOrganisation(organisationId)
            ? (await db.CountyMunicipalities.AsNoTracking().Where(c => c.OrganisationId == organisationId)
                .Join(db.Municipalities, c => c.MunicipalityId, m => m.Id, (c, m) => new
                {
                    m.Id, m.Number, m.Name, Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).FirstOrDefault(),
                }).ToListAsync())
                .Select(m => new MunicipalityItem(m.Id, m.Number.Value, m.Name, m.Region)).OrderBy(m => m.Number, StringComparer.Ordinal).ToList()
            : null;

    /// <summary>
    /// Sets the municipalities the organisation answers for, named by number or name as the secretary writes them; a name that is
    /// no municipality in the register is refused with the name, and nothing is changed.
    /// </summary>
    public Task<Outcome<IReadOnlyList<MunicipalityItem>>> SetMunicipalitiesAsync(MunicipalitiesInput input) => Outcome.Try<IReadOnlyList<MunicipalityItem>>(async () =>
    {
        if (!await guard.ReadsOrganisation(input.OrganisationId))
        {
            return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<IReadOnlyList<MunicipalityItem>>.Forbidden("Bare de som har ansvaret for organisasjonen, kan velge kommunene den stiller liste i.");
        }
        if (await directory.FindAsync(input.OrganisationId) is not { Kind: OrganisationKind.County or OrganisationKind.CountyPart })
        {
            return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.OrganisationId), "Kommunene et parti stiller liste i, legges inn for fylkeslaget.");
        }
        // «3425; Sør-Østerdalen»: the municipality, and the region that follows it while it has no branch.
        var lines = (input.Municipalities ?? []).OfType<string>().Select(m => m.Split(';', 2)).Select(p => (Name: p[0].Trim(), Region: p.Length > 1 ? p[1].Trim() : ""))
            .Where(p => p.Name.Length > 0).ToList();
        var wanted = lines.Select(l => l.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count > 500)
        {
            return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.Municipalities), "Høyst 500 kommuner.");
        }
        var all = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Number, m.Name }).ToListAsync();
        var regions = await db.Regions.AsNoTracking().Where(r => r.OrganisationId == input.OrganisationId).Select(r => new { r.Id, r.Name }).ToListAsync();
        var found = new List<Guid>();
        var regionOf = new Dictionary<Guid, Guid?>();
        foreach (var name in wanted)
        {
            var named = all.Where(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (all.FirstOrDefault(m => m.Number.Value == name) is null && named.Count > 1)
            {
                return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.Municipalities),
                    $"Det finnes flere kommuner som heter «{name}» ({string.Join(", ", named.Select(m => m.Number.Value))}). Skriv kommunenummeret.");
            }
            var match = all.FirstOrDefault(m => m.Number.Value == name) ?? named.FirstOrDefault();
            if (match is null)
            {
                return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.Municipalities), $"«{name}» er ingen kommune i registeret. Skriv kommunenummeret eller navnet.");
            }
            found.Add(match.Id);
            var region = lines.Last(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)).Region;
            if (region.Length > 0 && regions.FirstOrDefault(r => string.Equals(r.Name, region, StringComparison.OrdinalIgnoreCase)) is null)
            {
                return Outcome<IReadOnlyList<MunicipalityItem>>.Invalid(nameof(input.Municipalities),
                    $"«{region}» er ingen region i organisasjonen. Regionene er: {string.Join(", ", regions.Select(r => r.Name))}.");
            }
            regionOf[match.Id] = regions.FirstOrDefault(r => string.Equals(r.Name, region, StringComparison.OrdinalIgnoreCase))?.Id;
        }
        var existing = await db.CountyMunicipalities.Where(c => c.OrganisationId == input.OrganisationId).ToListAsync();
        db.CountyMunicipalities.RemoveRange(existing.Where(c => !found.Contains(c.MunicipalityId)));
        foreach (var id in found.Distinct())
        {
            if (existing.FirstOrDefault(c => c.MunicipalityId == id) is not { } row)
            {
                db.CountyMunicipalities.Add(row = new CountyMunicipality(input.OrganisationId, id));
            }
            row.PlaceInRegion(regionOf[id]);
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<IReadOnlyList<MunicipalityItem>>.Conflict("Noen andre endret kommunelisten samtidig. Last inn siden og prøv igjen.");
        }
        return Outcome<IReadOnlyList<MunicipalityItem>>.Ok((await MunicipalitiesAsync(input.OrganisationId))!);
    });

    private static void Apply(Election election, ElectionInput input)
    {
        if (input.FilingDeadline is { } deadline)
        {
            election.Update(election.Kind, election.Day, election.Name, LocalDateTime.FromDateTime(deadline));
        }
        if (input.Targets is { Count: > 0 } targets)
        {
            election.SetTargets(targets.Select(t => new StepTarget(t.Key, LocalDate.FromDateOnly(t.Value))));
        }
    }

    /// <summary>The election as its pages and API show it, with whether the reader may change it.</summary>
    public async Task<ElectionRow> RowAsync(Election e) =>
        new(e.Id, e.Name, e.Kind, e.Day, e.FilingDeadline, e.OrganisationId, (await directory.FindAsync(e.OrganisationId))?.DisplayName ?? "",
            e.Targets, e.Version, await guard.CoversOrganisation(e.OrganisationId));
}
