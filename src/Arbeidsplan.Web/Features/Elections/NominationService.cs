using Arbeidsplan.Domain.Common;
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
/// The nominations of an election, one row per list the organisation should field: a municipality's (every municipality its
/// counties answer for, with the branch that covers it, or a gap where none does) and, in a local election, the county council's
/// (the umbrella's, where counties share one). Those who cover the county see and record every row; a branch's leader and a
/// region contact their branches' rows; the county council's list by those who cover its owner.
/// </summary>
public sealed class NominationService(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, PublicElectionService elections, IClock clock)
{
    public LocalDate Today => clock.Today();

    public async Task<ElectionOverview?> OverviewAsync(Guid electionId, Guid organisationId, Guid? regionId = null, bool weakestFirst = false)
    {
        var election = await elections.LoadAsync(electionId);
        var tree = await directory.TreeAsync();
        if (election is null || await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId)
            || !(tree.IsSelfOrDescendant(organisationId, election.OrganisationId) || tree.IsSelfOrDescendant(election.OrganisationId, organisationId)))
        {
            return null;
        }
        var scope = await access.ScopeAsync();
        var root = organisation.Kind == OrganisationKind.Local ? organisation.ParentId ?? organisationId : organisationId;
        var within = tree.SelfAndDescendants(root).Where(id => tree.IsSelfOrDescendant(id, election.OrganisationId)).ToList();
        var answered = await db.CountyMunicipalities.AsNoTracking().Where(c => within.Contains(c.OrganisationId))
            .Join(db.Municipalities, c => c.MunicipalityId, m => m.Id, (c, m) => new { c.OrganisationId, m.Id, m.Name }).ToListAsync();
        var counties = answered.Select(a => a.OrganisationId).Distinct().ToList();
        var municipalityIds = answered.Select(a => a.Id).ToList();
        var branches = (await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.Local && o.MunicipalityId != null && municipalityIds.Contains(o.MunicipalityId.Value))
                .Select(o => new
                {
                    o.Id, o.Name, o.ShortName, Municipality = o.MunicipalityId!.Value, o.RegionId,
                    Region = db.Regions.Where(r => r.Id == o.RegionId).Select(r => r.Name).FirstOrDefault(),
                }).ToListAsync())
            .Where(b => within.Contains(b.Id)).ToList();
        // The regions the branches are in, read with them: one query less on a page that counts them.
        var regionNames = branches.Where(b => b.RegionId is not null && b.Region is not null).GroupBy(b => b.RegionId!.Value).ToDictionary(g => g.Key, g => g.First().Region!);
        var kinds = await KindsAsync();
        var owners = counties.ToDictionary(c => c, c => CouncilListOwner(c, election.Kind, tree, kinds));
        var listOwners = owners.Values.Distinct().ToList();
        var nominations = await db.Nominations.AsNoTracking().Include(n => n.Steps)
            .Where(n => n.ElectionId == electionId && (counties.Contains(n.CountyId) || listOwners.Contains(n.CountyId))).ToListAsync();
        var today = clock.Today();
        NominationRow Row(Guid county, Guid? municipality, string name, string? municipalityName, Guid? branch, string? branchName, string region, bool canEdit)
        {
            var found = nominations.FirstOrDefault(n => n.CountyId == county && n.MunicipalityId == municipality);
            var cells = NominationStepKinds.All.Select(k => found?.Steps.FirstOrDefault(s => s.Kind == k) is { } s
                ? new StepCell(k, s.On, s.RecordedBy, s.Note, election.TargetFor(k), StepLight.Done)
                : new StepCell(k, null, null, null, election.TargetFor(k), StepLights.Of(null, election.TargetFor(k), today))).ToList();
            return new NominationRow(county, municipality, name, municipalityName, branch, branchName, region, cells, found?.Version ?? 0, canEdit);
        }
        var rows = new List<NominationRow>();
        foreach (var a in answered)
        {
            var branch = branches.FirstOrDefault(b => b.Municipality == a.Id && tree.IsSelfOrDescendant(b.Id, a.OrganisationId));
            var owner = branch?.Id ?? a.OrganisationId;
            if (!scope.CoversOrganisation(a.OrganisationId) && !scope.CoversOrganisation(owner))
            {
                continue;
            }
            var region = branch?.RegionId is { } r && regionNames.TryGetValue(r, out var regionName) ? regionName : "Uten lokallag";
            rows.Add(Row(a.OrganisationId, a.Id, a.Name, a.Name, branch?.Id, branch is null ? null : branch.ShortName ?? branch.Name, region, scope.CoversOrganisation(owner)));
        }
        if (election.Kind is ElectionKind.Local or ElectionKind.Storting)
        {
            foreach (var owner in listOwners)
            {
                if (!await guard.ReadsOrganisation(owner))
                {
                    continue;
                }
                var ownerName = (await directory.FindAsync(owner))?.DisplayName ?? "";
                rows.Add(Row(owner, null, $"{CouncilList(election.Kind)} ({ownerName})", null, null, null, "Fylket", scope.CoversOrganisation(owner)));
            }
        }
        var regionChoices = regionNames.Select(r => new NamedItem(r.Key, r.Value)).OrderBy(r => r.Name, NorwegianText.Comparer).ToList();
        if (regionId is { } only && regionNames.TryGetValue(only, out var chosen))
        {
            rows = [.. rows.Where(r => r.Region == chosen)];
        }
        var ordered = (weakestFirst
            ? rows.OrderByDescending(r => r.Late).ThenBy(r => r.Steps.Count(s => s.Light == StepLight.Done)).ThenBy(r => r.Name, NorwegianText.Comparer)
            : rows.OrderBy(r => r.MunicipalityId is null).ThenBy(r => r.Region, NorwegianText.Comparer).ThenBy(r => r.Name, NorwegianText.Comparer)).ToList();
        var regions = ordered.Where(r => r.MunicipalityId is not null).GroupBy(r => r.Region).OrderBy(g => g.Key, NorwegianText.Comparer).Select(g => Totals(g.Key, [.. g])).ToList();
        return new ElectionOverview(await elections.RowAsync(election), organisationId, organisation.DisplayName, ordered, regions,
            Totals(organisation.DisplayName, [.. ordered.Where(r => r.MunicipalityId is not null)]), regionChoices, today);
    }

    /// <summary>Records (or takes back) a step of one list's nomination; a step out of order is saved with a warning.</summary>
    public Task<Outcome<StepRecorded>> RecordAsync(StepInput input) => Outcome.Try(async () =>
    {
        var election = await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Id == input.ElectionId);
        if (election is null || !await guard.ReadsOrganisation(election.OrganisationId))
        {
            return Outcome<StepRecorded>.NotFound("Fant ikke valget.");
        }
        if (!await guard.ReadsOrganisation(input.CountyId))
        {
            return Outcome<StepRecorded>.Invalid(nameof(input.CountyId), "Velg en organisasjon du har tilgang til.");
        }
        var owner = await OwnerAsync(election, input);
        if (owner is null)
        {
            return Outcome<StepRecorded>.Invalid(nameof(input.MunicipalityId), "Organisasjonen stiller ikke liste i denne kommunen ved dette valget.");
        }
        if (!await guard.CoversOrganisation(owner.Value))
        {
            return Outcome<StepRecorded>.Forbidden("Bare lokallagets leder, nominasjonskomiteen og de som har ansvaret over laget, kan registrere nominasjonen.");
        }
        var nomination = await db.Nominations.Include(n => n.Steps)
            .SingleOrDefaultAsync(n => n.ElectionId == input.ElectionId && n.CountyId == input.CountyId && n.MunicipalityId == input.MunicipalityId);
        if (nomination is null)
        {
            nomination = new Nomination(input.ElectionId, input.CountyId, input.MunicipalityId);
            db.Nominations.Add(nomination);
        }
        else if (input.Version is { } v)
        {
            db.ExpectVersion(nomination, v);
        }
        string? warning = null;
        if (input.Undo)
        {
            foreach (var step in nomination.Steps.Where(s => s.Kind == input.Kind).ToList())
            {
                db.NominationSteps.Remove(step);
            }
            nomination.Undo(input.Kind);
        }
        else
        {
            if (input.On is not { } on)
            {
                return Outcome<StepRecorded>.Invalid(nameof(input.On), "Oppgi datoen steget ble tatt.");
            }
            var before = nomination.Steps.FirstOrDefault(s => s.Kind == input.Kind);
            if (before is not null)
            {
                db.NominationSteps.Remove(before);
            }
            (var step, warning) = nomination.Record(input.Kind, LocalDate.FromDateOnly(on), election.Day, clock.Today(), access.ActorName, input.Note);
            db.NominationSteps.Add(step);
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<StepRecorded>.Conflict("Noen andre registrerte nominasjonen samtidig. Last inn siden og se hva som er lagret.");
        }
        var overview = await OverviewAsync(input.ElectionId, input.CountyId);
        var row = overview?.Rows.FirstOrDefault(r => r.CountyId == input.CountyId && r.MunicipalityId == input.MunicipalityId);
        return row is null ? Outcome<StepRecorded>.NotFound() : new StepRecorded(row, warning);
    });

    /// <summary>Who answers for the list: the branch covering the municipality, else the county; the council list's owner for the county council.</summary>
    private async Task<Guid?> OwnerAsync(Election election, StepInput input)
    {
        var tree = await directory.TreeAsync();
        var kinds = await KindsAsync();
        if (input.MunicipalityId is not { } municipality)
        {
            // The county council's list: its owner is the owner of a county under the election (the umbrella where counties share one).
            if (election.Kind == ElectionKind.Sameting)
            {
                return null;
            }
            var counties = await db.CountyMunicipalities.AsNoTracking().Select(c => c.OrganisationId).Distinct().ToListAsync();
            return counties.Any(c => tree.IsSelfOrDescendant(c, election.OrganisationId) && kinds.GetValueOrDefault(c) is OrganisationKind.County or OrganisationKind.CountyPart
                && CouncilListOwner(c, election.Kind, tree, kinds) == input.CountyId) ? input.CountyId : null;
        }
        if (!tree.IsSelfOrDescendant(input.CountyId, election.OrganisationId)
            || !await db.CountyMunicipalities.AnyAsync(c => c.OrganisationId == input.CountyId && c.MunicipalityId == municipality))
        {
            return null;
        }
        var below = tree.SelfAndDescendants(input.CountyId).ToList();
        var branch = (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Local && o.MunicipalityId == municipality)
            .Select(o => o.Id).ToListAsync()).FirstOrDefault(below.Contains);
        return branch == Guid.Empty ? input.CountyId : branch;
    }

    /// <summary>
    /// Whose the county council's list is: in a local election the umbrella's where counties share one (Hedmark and Oppland in
    /// Innlandet), else the county's; a Storting election's constituency is the county's own.
    /// </summary>
    private static Guid CouncilListOwner(Guid county, ElectionKind kind, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds) =>
        kind == ElectionKind.Local && tree.ParentOf(county) is { } parent && kinds.GetValueOrDefault(parent) == OrganisationKind.Umbrella ? parent : county;

    private async Task<Dictionary<Guid, OrganisationKind>> KindsAsync() => (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.Kind);

    private static string CouncilList(ElectionKind kind) => kind == ElectionKind.Storting ? "Stortingslista" : "Fylkestinget";

    private static NominationTotals Totals(string name, IReadOnlyList<NominationRow> rows)
    {
        bool Done(NominationRow r, NominationStepKind k) => r.Steps.Any(s => s.Kind == k && s.Light == StepLight.Done);
        return new NominationTotals(name, rows.Count, rows.Count(r => Done(r, NominationStepKind.TopCandidateChosen)), rows.Count(r => Done(r, NominationStepKind.ListAdopted)),
            rows.Count(r => Done(r, NominationStepKind.ListFiled)), rows.Count(r => r.Late > 0));
    }
}
