using Arbeidsplan.Domain.Access;
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
public sealed class NominationService(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, PublicElectionService elections,
    NominationLinks links, CandidateLists candidates, IClock clock)
{
    public LocalDate Today => clock.Today();

    public Task<ElectionOverview?> OverviewAsync(Guid electionId, Guid organisationId, Guid? regionId = null, bool weakestFirst = false) =>
        RowsAsync(electionId, organisationId, regionId, weakestFirst, only: null);

    /// <param name="only">One list's key: its page reads that row alone, not the county's every municipality and branch.</param>
    private async Task<ElectionOverview?> RowsAsync(Guid electionId, Guid organisationId, Guid? regionId, bool weakestFirst, ListKey? only)
    {
        var election = await elections.LoadAsync(electionId);
        var tree = await directory.TreeAsync();
        if (election is null || await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId)
            || !(tree.IsSelfOrDescendant(organisationId, election.OrganisationId) || tree.IsSelfOrDescendant(election.OrganisationId, organisationId)))
        {
            return null;
        }
        var root = organisation.Kind == OrganisationKind.Local ? organisation.ParentId ?? organisationId : organisationId;
        var within = tree.SelfAndDescendants(root).Where(id => tree.IsSelfOrDescendant(id, election.OrganisationId)).ToList();
        var answered = await db.CountyMunicipalities.AsNoTracking().Where(c => EF.Parameter(within).Contains(c.OrganisationId))
            .Join(db.Municipalities, c => c.MunicipalityId, m => m.Id, (c, m) => new Answered(c.OrganisationId, m.Id, m.Name, c.RegionId,
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).FirstOrDefault())).ToListAsync();
        var counties = answered.Select(a => a.County).Distinct().ToList();
        var kinds = await KindsAsync();
        var (hasConstituencies, constituencies) = await ConstituenciesAsync(election, tree, root);
        var listOwners = hasConstituencies ? [.. constituencies.Select(c => c.OrganisationId).Distinct()]
            : counties.Select(c => election.Kind.ListOwner(c, tree, kinds)).Distinct().ToList();
        var source = await SourceAsync(election, tree, kinds, [.. counties, .. listOwners], only);
        var rows = new List<NominationRow>();
        var regionNames = new Dictionary<Guid, string>();
        // A local election has a list in every municipality; a Storting or Sámi parliament election only the county's, for its constituency.
        // One list's page for the county council's list reads no branches at all.
        if (election.Kind == ElectionKind.Local && (only is null || only.Municipality is not null))
        {
            regionNames = await AddMunicipalityRowsAsync(source, rows, answered, within, only);
        }
        await AddOwnListRowsAsync(source, rows, constituencies, hasConstituencies ? [] : listOwners, only);
        return Summarise(new ElectionOverview(await elections.RowAsync(election), organisationId, organisation.DisplayName, rows, [],
            new NominationTotals(organisation.DisplayName, 0, 0, 0, 0, 0), [.. regionNames.Select(r => new NamedItem(r.Key, r.Value)).OrderBy(r => r.Name, NorwegianText.Comparer)],
            source.Today), regionId, weakestFirst);
    }

    /// <summary>What an overview's rows are made from, read once: the lists' nominations with their steps and the reader's reach.</summary>
    private sealed record RowSource(Election Election, OrganisationTree Tree, List<Nomination> Nominations, LocalDate Today, AccessScope Scope, Func<Guid, bool> Edits,
        StepTargetBook Targets);

    private async Task<RowSource> SourceAsync(Election election, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds, List<Guid> owners, ListKey? only)
    {
        var query = db.Nominations.AsNoTracking().Include(n => n.Steps).Where(n => n.ElectionId == election.Id && owners.Contains(n.CountyId));
        if (only is { } key)
        {
            query = query.Where(n => n.CountyId == key.County && n.MunicipalityId == key.Municipality && n.ConstituencyId == key.Constituency);
        }
        var nominations = await query.ToListAsync();
        var own = await db.CountyStepTargets.AsNoTracking().Where(t => t.ElectionId == election.Id).ToListAsync();
        var scope = await access.ScopeAsync();
        var answering = await access.LeadsOrNominatesInAsync();
        return new RowSource(election, tree, nominations, clock.Today(), scope, owner => AnswersFor(owner, scope, tree, kinds, answering),
            new StepTargetBook(election, own, tree));
    }

    /// <summary>A list's row: its steps against the targets (its county's own, or the election's), and whether the reader records them.</summary>
    private static NominationRow Row(RowSource source, ListKey key, string name, BranchOf? branch, string region)
    {
        var found = source.Nominations.FirstOrDefault(n => n.CountyId == key.County && n.MunicipalityId == key.Municipality && n.ConstituencyId == key.Constituency);
        LocalDate Target(NominationStepKind k) => source.Targets.For(key.County, k);
        var cells = NominationStepKinds.All.Select(k => found?.Steps.FirstOrDefault(s => s.Kind == k) is { } s
            ? new StepCell(k, s.On, s.RecordedBy, s.Note, Target(k), StepLight.Done, s.LinkId)
            : new StepCell(k, null, null, null, Target(k), StepLights.Of(null, Target(k), source.Today))).ToList();
        return new NominationRow(key.County, key.Municipality, name, key.Municipality is null ? null : name, branch?.Id, branch?.Name, region, cells, found?.Version ?? 0,
            source.Edits(branch?.Id ?? key.County), found?.Id, key.Constituency);
    }

    /// <summary>Adds a row for every municipality the reader reaches, with the branch that covers it; returns the regions' names.</summary>
    private async Task<Dictionary<Guid, string>> AddMunicipalityRowsAsync(RowSource source, List<NominationRow> rows, List<Answered> answered, List<Guid> within, ListKey? only)
    {
        if (only?.Municipality is { } one)
        {
            answered = [.. answered.Where(a => a.Id == one && a.County == only.County)];
        }
        var branches = await BranchesAsync(answered, within);
        foreach (var a in answered)
        {
            var branch = branches.FirstOrDefault(b => b.Municipality == a.Id && source.Tree.IsSelfOrDescendant(b.Id, a.County));
            // A gap is the county's, and the region contact's of the region the county has placed it in.
            if (source.Scope.CoversOrganisation(a.County) || source.Scope.CoversOrganisation(branch?.Id ?? a.County)
                || branch is null && a.RegionId is { } gapRegion && source.Scope.Regions.Contains(gapRegion))
            {
                rows.Add(Row(source, new ListKey(a.County, a.Id, null), a.Name, branch, branch?.Region ?? a.Region ?? "Uten lokallag"));
            }
        }
        return branches.Where(b => b.RegionId is not null && b.Region is not null).Select(b => (Id: b.RegionId!.Value, Name: b.Region!))
            .Concat(answered.Where(a => a.RegionId is not null && a.Region is not null).Select(a => (Id: a.RegionId!.Value, Name: a.Region!)))
            .GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Name);
    }

    /// <summary>Adds the constituencies' lists and the counties' own lists (the county council's, or a Storting election's) the reader reads.</summary>
    private async Task AddOwnListRowsAsync(RowSource source, List<NominationRow> rows, List<Constituency> constituencies, List<Guid> countyLists, ListKey? only)
    {
        foreach (var c in constituencies.Where(c => only is null || only.Constituency == c.Id))
        {
            if (await guard.ReadsOrganisation(c.OrganisationId))
            {
                rows.Add(Row(source, new ListKey(c.OrganisationId, null, c.Id), $"{c.Name} ({(await directory.FindAsync(c.OrganisationId))?.DisplayName})", null, "Valgkretser"));
            }
        }
        foreach (var owner in countyLists.Where(o => only is null || only.Municipality is null && only.Constituency is null && only.County == o))
        {
            if (await guard.ReadsOrganisation(owner))
            {
                rows.Add(Row(source, new ListKey(owner, null, null), $"{source.Election.Kind.CountyList()} ({(await directory.FindAsync(owner))?.DisplayName})", null, "Fylket"));
            }
        }
    }

    /// <summary>
    /// A Sámi parliament election with constituencies of its own nominates per constituency, by the organisation given for each,
    /// seen from it and from above and below it; without them, as a Storting election, the counties' own lists. Whether the
    /// election has constituencies is decided on all of them; which the reader sees, after.
    /// </summary>
    private async Task<(bool Any, List<Constituency> Seen)> ConstituenciesAsync(Election election, OrganisationTree tree, Guid root)
    {
        if (election.Kind != ElectionKind.Sameting)
        {
            return (false, []);
        }
        var all = (await db.Constituencies.AsNoTracking().Where(c => c.ElectionId == election.Id).ToListAsync())
            .Where(c => tree.IsSelfOrDescendant(c.OrganisationId, election.OrganisationId)).ToList();
        return (all.Count > 0, [.. all.Where(c => tree.IsSelfOrDescendant(c.OrganisationId, root) || tree.IsSelfOrDescendant(root, c.OrganisationId)).OrderBy(c => c.Number)]);
    }

    /// <summary>The lists a row counts in its sums: every municipality's in a local election, the counties' own in the others.</summary>
    private static bool Counts(NominationRow row, ElectionKind kind) => kind != ElectionKind.Local || row.MunicipalityId is not null;

    private static ElectionOverview Summarise(ElectionOverview overview, Guid? regionId, bool weakestFirst)
    {
        var rows = overview.Rows;
        if (regionId is { } only && overview.RegionChoices.FirstOrDefault(r => r.Id == only) is { } chosen)
        {
            rows = [.. rows.Where(r => r.Region == chosen.Name)];
        }
        // Constituencies keep their regulation's order (the sort is stable), the rest by region and name.
        var ordered = (weakestFirst
            ? rows.OrderByDescending(r => r.Late).ThenBy(r => r.Steps.Count(s => s.Light == StepLight.Done)).ThenBy(r => r.Name, NorwegianText.Comparer)
            : rows.OrderBy(r => r.MunicipalityId is null).ThenBy(r => r.Region, NorwegianText.Comparer)
                .ThenBy(r => r.ConstituencyId is null ? r.Name : "", NorwegianText.Comparer)).ToList();
        var kind = overview.Election.Kind;
        var regions = ordered.Where(r => Counts(r, kind)).GroupBy(r => r.Region).OrderBy(g => g.Key, NorwegianText.Comparer).Select(g => Totals(g.Key, [.. g])).ToList();
        return overview with { Rows = ordered, Regions = regions, Total = Totals(overview.OrganisationName, [.. ordered.Where(r => Counts(r, kind))]) };
    }

    /// <param name="RegionId">The region the county has placed the municipality in while it has no branch.</param>
    private sealed record Answered(Guid County, Guid Id, string Name, Guid? RegionId, string? Region);

    private sealed record BranchOf(Guid Id, string Name, Guid Municipality, Guid? RegionId, string? Region);

    /// <summary>The branches covering the municipalities, with their regions read alongside: one query less on a page that counts them.</summary>
    private async Task<List<BranchOf>> BranchesAsync(IReadOnlyList<Answered> answered, IReadOnlyList<Guid> within)
    {
        var municipalityIds = answered.Select(a => a.Id).ToList();
        return (await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.Local && o.MunicipalityId != null && municipalityIds.Contains(o.MunicipalityId.Value))
                .Select(o => new BranchOf(o.Id, o.ShortName ?? o.Name, o.MunicipalityId!.Value, o.RegionId, db.Regions.Where(r => r.Id == o.RegionId).Select(r => r.Name).FirstOrDefault()))
                .ToListAsync())
            .Where(b => within.Contains(b.Id)).ToList();
    }

    /// <summary>
    /// One list's page: its row, what its steps point at, the committee today and, to those who may record, what a step can point at.
    /// Null when the reader may not see the row.
    /// </summary>
    /// <param name="withLinks">False for the list and its count, which show neither the steps' links nor the committee: four queries fewer.</param>
    public async Task<NominationDetail?> DetailAsync(Guid electionId, Guid countyId, Guid? municipalityId, Guid? constituencyId = null, bool withLinks = true)
    {
        var key = new ListKey(countyId, municipalityId, constituencyId);
        var overview = await RowsAsync(electionId, countyId, null, false, key);
        if (overview?.Rows.FirstOrDefault(r => r.Key == key) is not { } row)
        {
            return null;
        }
        var owner = row.BranchId ?? row.CountyId;
        var choices = withLinks ? await links.ChoicesAsync(owner, overview.Election.Day) : [];
        var steps = row.Steps.Select(s => new StepDetail(s, s.LinkId is { } id ? choices.FirstOrDefault(c => c.Id == id) : null)).ToList();
        var ownerName = row.Branch ?? (await directory.FindAsync(owner))?.DisplayName ?? "";
        return new NominationDetail(overview.Election, row, owner, ownerName, steps, withLinks ? await links.CommitteeAsync(owner) : [], row.CanEdit ? choices : [],
            await candidates.ListAsync(row, overview.Election), overview.Today);
    }

    /// <summary>A nomination by its id (once a step is recorded it has one): the same page as by its list.</summary>
    public async Task<NominationDetail?> DetailAsync(Guid nominationId, bool withLinks = true)
    {
        // The election comes with the list's key, so the page that follows does not read it again.
        if (await db.Nominations.AsNoTracking().Where(n => n.Id == nominationId).Join(db.Elections.AsNoTracking(), n => n.ElectionId, e => e.Id,
                (n, e) => new { n.CountyId, n.MunicipalityId, n.ConstituencyId, Election = e }).SingleOrDefaultAsync() is not { } key)
        {
            return null;
        }
        elections.Remember(key.Election);
        return await DetailAsync(key.Election.Id, key.CountyId, key.MunicipalityId, key.ConstituencyId, withLinks);
    }

    /// <summary>Records (or takes back) a step of one list's nomination; a step out of order is saved with a warning.</summary>
    public Task<Outcome<StepRecorded>> RecordAsync(StepInput input) => Outcome.Try(async () =>
    {
        var (election, owner, refused) = await RecorderAsync(input);
        if (refused is not null)
        {
            return refused;
        }
        var nomination = await db.Nominations.Include(n => n.Steps)
            .SingleOrDefaultAsync(n => n.ElectionId == input.ElectionId && n.CountyId == input.CountyId && n.MunicipalityId == input.MunicipalityId
                && n.ConstituencyId == input.ConstituencyId);
        if (nomination is null)
        {
            nomination = new Nomination(input.ElectionId, input.CountyId, input.MunicipalityId, input.ConstituencyId);
            db.Nominations.Add(nomination);
        }
        else
        {
            db.ExpectVersion(nomination, input.Version);
        }
        string? warning = null;
        if (input.Undo)
        {
            db.NominationSteps.RemoveRange(nomination.Steps.Where(s => s.Kind == input.Kind).ToList());
            nomination.Undo(input.Kind);
        }
        else
        {
            var (recorded, invalid) = await RecordStepAsync(nomination, input, election!, owner!.Value);
            if (invalid is not null)
            {
                return invalid;
            }
            warning = recorded;
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<StepRecorded>.Conflict("Noen andre registrerte nominasjonen samtidig. Last inn siden og se hva som er lagret.");
        }
        var key = new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId);
        var overview = await RowsAsync(input.ElectionId, input.CountyId, null, false, key);
        var row = overview?.Rows.FirstOrDefault(r => r.Key == key);
        return row is null ? Outcome<StepRecorded>.NotFound() : new StepRecorded(row, warning);
    });

    /// <summary>The election and the list's owner when the reader may record its steps; otherwise why not.</summary>
    private async Task<(Election? Election, Guid? Owner, Outcome<StepRecorded>? Refused)> RecorderAsync(StepInput input)
    {
        // The same rule as the campaign's and the results': one who takes part in the election reaches it.
        if (await elections.ReachedAsync(input.ElectionId) is not { } election)
        {
            return (null, null, Outcome<StepRecorded>.NotFound("Fant ikke valget."));
        }
        if (!await guard.ReadsOrganisation(input.CountyId))
        {
            return (null, null, Outcome<StepRecorded>.Invalid(nameof(input.CountyId), "Velg en organisasjon du har tilgang til."));
        }
        if (await OwnerAsync(election, input) is not { } owner)
        {
            return (null, null, Outcome<StepRecorded>.Invalid(nameof(input.MunicipalityId), "Organisasjonen stiller ikke denne listen ved dette valget (kommunen eller valgkretsen er ikke dens)."));
        }
        return await AnswersForAsync(owner) ? (election, owner, null)
            : (null, null, Outcome<StepRecorded>.Forbidden("Bare lokallagets leder, nominasjonskomiteen og de som har ansvaret over laget, kan registrere nominasjonen."));
    }

    /// <summary>Records the step on its day (replacing one recorded before), checked against the day and what it may point at; the warning of a step out of order.</summary>
    private async Task<(string? Warning, Outcome<StepRecorded>? Invalid)> RecordStepAsync(Nomination nomination, StepInput input, Election election, Guid owner)
    {
        if (input.On is not { } on)
        {
            return (null, Outcome<StepRecorded>.Invalid(nameof(input.On), "Oppgi datoen steget ble tatt."));
        }
        if (input.LinkId is not null && NominationLinks.Check(input.Kind, input.LinkId, await links.ChoicesAsync(owner, election.Day)) is { } wrong)
        {
            return (null, Outcome<StepRecorded>.Invalid(nameof(input.LinkId), wrong));
        }
        if (nomination.Steps.FirstOrDefault(s => s.Kind == input.Kind) is { } before)
        {
            db.NominationSteps.Remove(before);
        }
        var (step, warning) = nomination.Record(input.Kind, LocalDate.FromDateOnly(on), election.Day, clock.Today(), access.ActorName, input.Note, input.LinkId);
        db.NominationSteps.Add(step);
        return (warning, null);
    }

    /// <summary>Who answers for the list: the branch covering the municipality, else the county; the council list's owner for the county council.</summary>
    internal async Task<Guid?> OwnerAsync(Election election, StepInput input)
    {
        var tree = await directory.TreeAsync();
        var kinds = await KindsAsync();
        if (input.ConstituencyId is { } constituency)
        {
            if (election.Kind != ElectionKind.Sameting)
            {
                return null;
            }
            // A constituency's list: the organisation given for it in this election.
            return input.MunicipalityId is null && await db.Constituencies.AnyAsync(c => c.Id == constituency && c.ElectionId == election.Id && c.OrganisationId == input.CountyId)
                ? input.CountyId : null;
        }
        if (election.Kind == ElectionKind.Sameting && await db.Constituencies.AnyAsync(c => c.ElectionId == election.Id))
        {
            return null;
        }
        if (input.MunicipalityId is not { } municipality)
        {
            // The county council's list: its owner is the owner of a county under the election (the umbrella where counties share one);
            // in a Storting or Sámi parliament election the county's own list for its constituency.
            var counties = await db.CountyMunicipalities.AsNoTracking().Select(c => c.OrganisationId).Distinct().ToListAsync();
            return counties.Any(c => tree.IsSelfOrDescendant(c, election.OrganisationId) && kinds.GetValueOrDefault(c) is OrganisationKind.County or OrganisationKind.CountyPart
                && election.Kind.ListOwner(c, tree, kinds) == input.CountyId) ? input.CountyId : null;
        }
        if (election.Kind != ElectionKind.Local || !tree.IsSelfOrDescendant(input.CountyId, election.OrganisationId)
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
    /// Whether the reader answers for a list owned by the organisation: a branch's list by its leader, its nomination committee and
    /// those above it (not every officer of the branch: the names are the committee's until the list is adopted); a county's by
    /// those who cover it.
    /// </summary>
    internal async Task<bool> AnswersForAsync(Guid owner) =>
        AnswersFor(owner, await access.ScopeAsync(), await directory.TreeAsync(), await KindsAsync(), await access.LeadsOrNominatesInAsync());

    private static bool AnswersFor(Guid owner, Domain.Access.AccessScope scope, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds,
        IReadOnlySet<Guid> leadsOrNominates) =>
        kinds.GetValueOrDefault(owner) != OrganisationKind.Local ? scope.CoversOrganisation(owner)
            // Above it: one who covers the branch and the organisation over it (the county's people, not an ordinary county board member).
            : scope.CoversOrganisation(owner) && (leadsOrNominates.Contains(owner) || tree.ParentOf(owner) is { } above && scope.CoversOrganisation(above));

    private async Task<Dictionary<Guid, OrganisationKind>> KindsAsync() => (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.Kind);

    private static NominationTotals Totals(string name, IReadOnlyList<NominationRow> rows)
    {
        bool Done(NominationRow r, NominationStepKind k) => r.Steps.Any(s => s.Kind == k && s.Light == StepLight.Done);
        return new NominationTotals(name, rows.Count, rows.Count(r => Done(r, NominationStepKind.TopCandidateChosen)), rows.Count(r => Done(r, NominationStepKind.ListAdopted)),
            rows.Count(r => Done(r, NominationStepKind.ListFiled)), rows.Count(r => r.Late > 0));
    }
}
