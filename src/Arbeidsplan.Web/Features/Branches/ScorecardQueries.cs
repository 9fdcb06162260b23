using System.Globalization;
using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Branches;

/// <summary>
/// The scorecard: one row per branch the user follows up, with members, annual meeting, board, required circle, study hours,
/// region meetings, contact and checks, each judged by the organisation's thresholds. One projection reads the per-branch numbers.
/// </summary>
public sealed class ScorecardQueries(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, ScorecardSettingsService settingsService,
    RegisterSnapshots registerSnapshots, IClock clock)
{
    private static readonly Guid AnnualMeetingKind = EventKind.IdOf(EventKind.AnnualMeeting);

    public async Task<Scorecard?> LoadAsync(ScorecardQuery query)
    {
        if (query.OrganisationId is not { } chosen)
        {
            return null;
        }
        var organisationId = await directory.FollowedUpFromAsync(chosen);
        if (await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var today = clock.Today();
        var scope = await access.ScopeAsync();
        var branches = (await directory.BelowAsync(organisationId, OrganisationKind.Local)).Where(b => scope.CoversOrganisation(b.Id)).ToList();
        var regions = await RegionsAsync(organisationId);
        var regionNames = regions.ToDictionary(r => r.Id, r => r.Name);
        if (query.RegionId is { } onlyRegion)
        {
            branches = branches.Where(b => b.RegionId == onlyRegion).ToList();
        }
        var settings = await settingsService.ForAsync(organisationId);
        var (requirement, circleMaterial, circleFrom, circleTo) = await RequiredCircleAsync(organisationId, today);
        var ancestry = await directory.AncestryAsync(organisationId);
        var required = await RequiredPositionsAsync(organisationId, settings, ancestry, today);
        var (facts, latestOn, anyYearEnd, anyBefore) = await ReadAllFactsAsync(organisationId, branches, today, (circleMaterial, circleFrom, circleTo), required, ancestry);
        var context = new RowContext(today, settings, requirement, required, latestOn is not null, anyYearEnd, anyBefore, regionNames)
        {
            Targets = await NominationTargetsAsync(ancestry, today),
        };

        var ordered = Ordered(branches.Select(b => Row(b, facts[b.Id], context)), query.Sort);
        var regionTotals = ordered.GroupBy(r => r.Region).OrderBy(g => g.Key, NorwegianText.Comparer).Select(g => ScoreTotals.Of(g.Key, g.ToList())).ToList();
        // A local leader sees her own branch: the page is headed with it, not with the county it is followed up from.
        var heading = ordered is [var only] && !scope.CoversOrganisation(organisationId) ? only.Name : organisation.DisplayName;
        return new Scorecard(organisationId, heading, today.ToDateOnly(), today.Year - 1, latestOn?.ToDateOnly(), requirement?.Name,
            ordered, regionTotals, ScoreTotals.Of(heading, ordered), regions, scope.CoversOrganisation(organisationId));
    }

    /// <summary>
    /// The regions to choose among. An umbrella's regions are its counties': named with the county, as two counties may both have a «Nord».
    /// </summary>
    private async Task<List<RegionChoice>> RegionsAsync(Guid organisationId)
    {
        // Regions belong to the organisations above the branches: only those are sent, not a parameter per branch of the country.
        var below = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToHashSet();
        var all = await directory.AllAsync();
        var owners = all.Where(o => o.Kind != OrganisationKind.Local && below.Contains(o.Id)).Select(o => o.Id).ToList();
        var names = all.ToDictionary(o => o.Id, o => o.DisplayName);
        return (await db.Regions.AsNoTracking().Where(r => owners.Contains(r.OrganisationId)).Select(r => new { r.Id, r.Name, r.OrganisationId }).ToListAsync())
            .Select(r => new RegionChoice(r.Id, r.OrganisationId == organisationId ? r.Name : $"{names[r.OrganisationId]}: {r.Name}"))
            .OrderBy(r => r.Name, NorwegianText.Comparer).ToList();
    }

    /// <summary>
    /// Every branch's facts, one read per importer: a county's branches all from its import, an umbrella's from each county's. With the
    /// earliest of the importers' latest snapshots, and whether any has last year's and the year before's year-end snapshot.
    /// </summary>
    private async Task<(Dictionary<Guid, BranchFact> Facts, LocalDate? LatestOn, bool AnyYearEnd, bool AnyBefore)> ReadAllFactsAsync(Guid organisationId,
        List<OrganisationSummary> branches, LocalDate today, (Guid Material, LocalDate From, LocalDate To) circle, List<PositionChoice> required, List<Guid> ancestry)
    {
        var facts = new Dictionary<Guid, BranchFact>();
        var (latestOn, anyYearEnd, anyBefore) = ((LocalDate?)null, false, false);
        foreach (var source in await registerSnapshots.SourcesAsync(organisationId, [.. branches.Select(b => b.Id)]))
        {
            var latest = source.Snapshots.FirstOrDefault(s => s.TakenOn <= today);
            var yearEnd = source.Snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(today.Year - 1, 12, 31));
            var before = source.Snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(today.Year - 2, 12, 31));
            var window = new FactWindow(today, latest?.Id ?? Guid.Empty, yearEnd?.Id ?? Guid.Empty, before?.Id ?? Guid.Empty, circle.Material, circle.From, circle.To,
                [.. required.Select(t => t.Id)]) { Ancestry = ancestry };
            foreach (var (id, fact) in await ReadFactsAsync([.. source.Branches], window))
            {
                facts[id] = fact;
            }
            latestOn = latest is null ? latestOn : latestOn is { } known && known < latest.TakenOn ? known : latest.TakenOn;
            (anyYearEnd, anyBefore) = (anyYearEnd || yearEnd is not null, anyBefore || before is not null);
        }
        return (facts, latestOn, anyYearEnd, anyBefore);
    }

    /// <summary>The rows weakest first («svakest»), otherwise region by region.</summary>
    private static List<ScoreRow> Ordered(IEnumerable<ScoreRow> rows, string? sort) =>
        (sort == "svakest"
            ? rows.OrderByDescending(r => r.Weakness).ThenBy(r => r.Name, NorwegianText.Comparer)
            : rows.OrderBy(r => r.Region, NorwegianText.Comparer).ThenBy(r => r.Name, NorwegianText.Comparer)).ToList();

    /// <summary>
    /// The per-branch numbers in one query. The one-row-per-branch tables are left-joined, one probe each; the rest are scalar lookups, one
    /// per column: SQLite answers each by an index, where EF's FirstOrDefault of an object becomes a window join. (n, y, prior, t, k may be
    /// missing: SQL makes their columns null.)
    /// </summary>
    private async Task<Dictionary<Guid, BranchFact>> ReadFactsAsync(List<Guid> ids, FactWindow w)
    {
        var (today, latestId, yearEndId, beforeId, circleMaterial, circleFrom, circleTo, required) = w;
        var (jan1, lastJan1, dec31, year, ancestry) = (new LocalDate(today.Year, 1, 1), new LocalDate(today.Year - 1, 1, 1), new LocalDate(today.Year, 12, 31), today.Year, w.Ancestry);
        return await (
            // One parameter holding the list (json_each on SQLite, an array on PostgreSQL), not one per branch: a country's 3,700 made the
            // statement 100 KB to parse and plan at every request.
            from o in db.Organisations.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.Id))
            join nowCounts in db.BranchCounts.Where(c => c.SnapshotId == latestId) on o.Id equals nowCounts.BranchId into nowJoin
            from n in nowJoin.DefaultIfEmpty()
            join yearEndCounts in db.BranchCounts.Where(c => c.SnapshotId == yearEndId) on o.Id equals yearEndCounts.BranchId into yearEndJoin
            from y in yearEndJoin.DefaultIfEmpty()
            join beforeCounts in db.BranchCounts.Where(c => c.SnapshotId == beforeId) on o.Id equals beforeCounts.BranchId into beforeJoin
            from prior in beforeJoin.DefaultIfEmpty()
            join target in db.MemberTargets.Where(t => t.Year == year) on o.Id equals target.BranchId into targetJoin
            from t in targetJoin.DefaultIfEmpty()
            join check in db.BranchChecks on o.Id equals check.BranchId into checkJoin
            from k in checkJoin.DefaultIfEmpty()
            select new BranchFact
            {
                Id = o.Id,
                Paying = (int?)n!.Paying,
                Unpaid = (int?)n!.Unpaid,
                New = (int?)n!.New,
                YearEnd = (int?)y!.Paying,
                Before = (int?)prior!.Paying,
                Target = (int?)t!.Target,
                // Two lookups rather than one OR, so each uses its index instead of scanning the events.
                OwnAnnualMeeting = db.Events.Where(e => e.OrganisationId == o.Id && e.KindId == AnnualMeetingKind && e.Status == EventStatus.Confirmed
                    && e.StartDate >= jan1 && e.StartDate <= today).Max(e => (LocalDate?)e.StartDate),
                HostedAnnualMeeting = db.Events.Where(e => e.HostId == o.Id && e.KindId == AnnualMeetingKind && e.Status == EventStatus.Confirmed
                    && e.StartDate >= jan1 && e.StartDate <= today).Max(e => (LocalDate?)e.StartDate),
                Hours = db.StudyCircles.Where(c => c.OrganisationId == o.Id && c.EndsOn >= jan1 && c.EndsOn <= dec31).Sum(c => (int?)c.Hours) ?? 0,
                HoursLastYear = db.StudyCircles.Where(c => c.OrganisationId == o.Id && c.EndsOn >= lastJan1 && c.EndsOn < jan1).Sum(c => (int?)c.Hours) ?? 0,
                // The earliest circle of the required material that has ended: all the requirement's rule needs to judge the branch.
                RequiredCircleEnded = db.StudyCircles.Where(c => c.OrganisationId == o.Id && c.MaterialId == circleMaterial && c.EndsOn >= circleFrom && c.EndsOn <= circleTo)
                    .Min(c => (LocalDate?)c.EndsOn),
                RegionMeetings = db.MeetingAttendances.Count(a => a.BranchId == o.Id && a.On >= jan1 && a.On <= today),
                LastContactOn = db.ContactEntries.Where(c => c.BranchId == o.Id).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).Select(c => (LocalDate?)c.On).FirstOrDefault(),
                LastContactBy = db.ContactEntries.Where(c => c.BranchId == o.Id).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).Select(c => c.ByName).FirstOrDefault(),
                WebsiteCheckedOn = k!.WebsiteCheckedOn,
                SocialMediaCheckedOn = k!.SocialMediaCheckedOn,
                // The coming election's nomination for the branch's municipality: whether there is an election (the followed-up organisation's
                // or one above it), and the furthest step taken in the branch's county's nomination.
                ElectionComing = o.MunicipalityId != null && db.Elections.Any(e => ancestry.Contains(e.OrganisationId) && e.Day >= today),
                // From the branch's own nomination to its steps, each by an index (a step's nomination looked up per step scanned them all).
                NominationStep = db.Nominations.Where(n => o.MunicipalityId != null && n.MunicipalityId == o.MunicipalityId && n.CountyId == o.ParentId
                        && n.ElectionId == db.Elections.Where(e => ancestry.Contains(e.OrganisationId) && e.Day >= today).OrderBy(e => e.Day).Select(e => e.Id).FirstOrDefault())
                    .SelectMany(n => n.Steps).Max(st => (NominationStepKind?)st.Kind),
                // Last year's annual report, which the branch sends up after its annual meeting.
                ReportSubmittedAt = db.AnnualReports.Where(r => r.OrganisationId == o.Id && r.Year == year - 1).Select(r => r.SubmittedAt).FirstOrDefault(),
                // Grouped, so EF writes group_concat / string_agg in a scalar subquery; a bare string.Join becomes a joined collection that multiplies the rows.
                OpenFlags = db.BranchFlags.Where(f => f.BranchId == o.Id && f.ClosedOn == null).GroupBy(f => f.BranchId)
#pragma warning disable CA1305 // in SQL: a culture argument would not translate, and an integer has no culture there
                    .Select(g => string.Join(",", g.Select(f => ((int)f.Reasons).ToString()))).FirstOrDefault(),
#pragma warning restore CA1305
                HeldPositions = db.Positions.Where(h => h.OrganisationId == o.Id && required.Contains(h.PositionTypeId) && h.Term.From <= today && (h.Term.To == null || h.Term.To >= today))
                    .GroupBy(h => h.OrganisationId).Select(g => string.Join(",", g.Select(h => h.PositionTypeId.ToString()))).FirstOrDefault(),
            }).ToDictionaryAsync(f => f.Id);
    }

    /// <summary>One branch's row: its numbers judged by the organisation's thresholds.</summary>
    private static ScoreRow Row(OrganisationSummary b, BranchFact f, RowContext c)
    {
        var today = c.Today;
        var annualMeeting = f.OwnAnnualMeeting is { } own && (f.HostedAnnualMeeting is not { } hosted || own >= hosted) ? own : f.HostedAnnualMeeting;
        var held = IdList(f.HeldPositions ?? "");
        var empty = c.Required.Where(t => !held.Contains(t.Id)).Select(t => t.Name).ToList();
        var circle = c.Requirement?.StatusFor(f.RequiredCircleEnded is { } ended ? [new CircleFact(b.Id, null, c.Requirement.MaterialId!.Value, ended, 0)] : [], today);
        var (web, social) = (f.WebsiteCheckedOn, f.SocialMediaCheckedOn);
        var flags = (f.OpenFlags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => (FlagReason)int.Parse(r, CultureInfo.InvariantCulture)).ToList();
        var paying = c.HasLatest ? f.Paying ?? 0 : (int?)null;
        var lastYearEnd = c.HasYearEnd ? f.YearEnd ?? 0 : (int?)null;
        var s = c.Settings;
        var lights = new ScoreLights(s.Members(paying, f.Target, lastYearEnd), s.AnnualMeeting(annualMeeting, today),
            ScorecardSettings.Board(empty.Count), circle?.State switch { RequirementState.Done => Light.Green, RequirementState.Pending => Light.Yellow, RequirementState.Missed => Light.Red, _ => Light.None },
            s.Study(f.Hours, f.HoursLastYear), s.RegionMeetings(f.RegionMeetings), s.Contact(f.LastContactOn, today),
            s.Checked(web, today), s.Checked(social, today), NominationLight(b, f, c));
        var reasons = flags.Aggregate(FlagReason.None, (all, r) => all | r);
        return new ScoreRow(b.Id, b.DisplayName, b.RegionId, b.RegionId is { } r && c.RegionNames.TryGetValue(r, out var name) ? name : "Uten region",
            paying, lastYearEnd, c.HasBefore ? f.Before ?? 0 : null, f.Target, f.Unpaid ?? 0, f.New ?? 0,
            annualMeeting?.ToDateOnly(), empty, circle?.State, circle?.DoneOn?.ToDateOnly(), f.Hours, f.HoursLastYear, f.RegionMeetings,
            f.LastContactOn?.ToDateOnly(), f.LastContactBy, web?.ToDateOnly(), social?.ToDateOnly(), flags.Count, flags.Count > 0 ? reasons.Label() : null, lights)
        {
            ReportSentOn = f.ReportSubmittedAt?.InZone(NorwegianTime.Oslo).Date.ToDateOnly(),
            Nomination = f.ElectionComing ? f.NominationStep?.Label() ?? "Ikke startet" : null,
        };
    }

    /// <summary>
    /// The nomination's light: the next step after the furthest one taken, against its target for the branch's county (the county's own
    /// «toppkandidat før nyttår» included) — red when its target has passed, yellow within a month; green when all are taken or none is due.
    /// </summary>
    private static Light NominationLight(OrganisationSummary b, BranchFact f, RowContext c)
    {
        if (!f.ElectionComing || c.Targets is not { } book || b.ParentId is not { } county)
        {
            return Light.None;
        }
        var next = NominationStepKinds.All.FirstOrDefault(k => f.NominationStep is not { } taken || k > taken);
        if (f.NominationStep is { } furthest && next <= furthest)
        {
            return Light.Green;
        }
        return StepLights.Of(null, book.For(county, next), c.Today) switch
        {
            StepLight.Late => Light.Red,
            StepLight.Soon => Light.Yellow,
            _ => Light.Green,
        };
    }

    /// <summary>The targets of the coming election the nomination column follows (the nearest of the organisation's and those above it).</summary>
    private async Task<StepTargetBook?> NominationTargetsAsync(List<Guid> ancestry, LocalDate today)
    {
        // One query for the election and the counties' own targets, so the page keeps to its ten.
        var coming = await db.Elections.AsNoTracking().Where(e => ancestry.Contains(e.OrganisationId) && e.Day >= today).OrderBy(e => e.Day)
            .Select(e => new { Election = e, Own = db.CountyStepTargets.Where(t => t.ElectionId == e.Id).ToList() }).FirstOrDefaultAsync();
        return coming is null ? null : new StepTargetBook(coming.Election, coming.Own, await directory.TreeAsync());
    }

    /// <summary>
    /// The offices the board check asks for: those the settings name, and while a campaign runs (a campaign plan of the organisation or
    /// one above it, for an election still to come) the party's offices with the campaign-contact role, as every branch should have one.
    /// One read of the party's types, with whether a campaign runs beside each.
    /// </summary>
    private async Task<List<PositionChoice>> RequiredPositionsAsync(Guid organisationId, ScorecardSettings settings, List<Guid> ancestry, LocalDate today)
    {
        var party = await directory.PartyOfAsync(organisationId) ?? Guid.Empty;
        var named = settings.RequiredPositionTypeIds;
        var types = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).OrderBy(t => t.SortOrder)
            .Select(t => new
            {
                t.Id, t.Name,
                Campaign = (t.Roles & PositionRole.CampaignContact) != 0
                    && db.CampaignPlans.Any(p => ancestry.Contains(p.OrganisationId) && db.Elections.Any(e => e.Id == p.ElectionId && e.Day >= today)),
            }).ToListAsync();
        // The named ones first, as the settings page orders them, then the campaign contacts.
        return [.. types.Where(t => named.Contains(t.Id)).Concat(types.Where(t => t.Campaign && !named.Contains(t.Id))).Select(t => new PositionChoice(t.Id, t.Name))];
    }

    /// <summary>What the facts query reads against: today, the three snapshots, the required circle's window, the required positions.</summary>
    private sealed record FactWindow(LocalDate Today, Guid LatestId, Guid YearEndId, Guid BeforeId, Guid CircleMaterial, LocalDate CircleFrom, LocalDate CircleTo,
        List<Guid> Required)
    {
        /// <summary>The county and those above it, whose coming election the nomination column follows.</summary>
        public List<Guid> Ancestry { get; init; } = [];
    }

    /// <summary>What a row is judged by, the same for every branch.</summary>
    private sealed record RowContext(LocalDate Today, ScorecardSettings Settings, StudyRequirement? Requirement, List<PositionChoice> Required,
        bool HasLatest, bool HasYearEnd, bool HasBefore, Dictionary<Guid, string> RegionNames)
    {
        /// <summary>The coming election's step targets, when there is one.</summary>
        public StepTargetBook? Targets { get; init; }
    }

    /// <summary>One branch's numbers as the database gives them (null where a left-joined table has no row).</summary>
    private sealed class BranchFact
    {
        public Guid Id { get; init; }
        public int? Paying { get; init; }
        public int? Unpaid { get; init; }
        public int? New { get; init; }
        public int? YearEnd { get; init; }
        public int? Before { get; init; }
        public int? Target { get; init; }
        public LocalDate? OwnAnnualMeeting { get; init; }
        public LocalDate? HostedAnnualMeeting { get; init; }
        public int Hours { get; init; }
        public int HoursLastYear { get; init; }
        public LocalDate? RequiredCircleEnded { get; init; }
        public int RegionMeetings { get; init; }
        public LocalDate? LastContactOn { get; init; }
        public string? LastContactBy { get; init; }
        public LocalDate? WebsiteCheckedOn { get; init; }
        public LocalDate? SocialMediaCheckedOn { get; init; }
        public Instant? ReportSubmittedAt { get; init; }
        public bool ElectionComing { get; init; }
        public NominationStepKind? NominationStep { get; init; }
        public string? OpenFlags { get; init; }
        public string? HeldPositions { get; init; }
    }

    /// <summary>Ids joined by the database as text; PostgreSQL writes them in lower case, SQLite as stored.</summary>
    private static HashSet<Guid> IdList(string joined) =>
        joined.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();

    /// <summary>
    /// This year's first «complete material X» requirement from the organisation or above it, and the window a circle must end in to meet it by today.
    /// Without one, a window no circle fits.
    /// </summary>
    private async Task<(StudyRequirement? Requirement, Guid Material, LocalDate From, LocalDate To)> RequiredCircleAsync(Guid organisationId, LocalDate today)
    {
        var offering = await directory.AncestryAsync(organisationId);
        var requirement = await db.StudyRequirements.AsNoTracking()
            .Where(r => offering.Contains(r.OrganisationId) && r.Year == today.Year && r.Kind == RequirementKind.CompleteMaterial).OrderBy(r => r.DueOn).FirstOrDefaultAsync();
        var yearStart = new LocalDate(today.Year, 1, 1);
        return requirement is null
            ? (null, Guid.Empty, yearStart, yearStart.PlusDays(-1))
            : (requirement, requirement.MaterialId!.Value, yearStart, LocalDate.Min(requirement.DueOn, today));
    }
}
