using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Study;

/// <summary>
/// Study work: materials, circles held by branches and bodies, hours against last year, and requirements with a completion matrix.
/// Those who cover a branch register its circles; the county's people see and manage them all.
/// </summary>
public sealed class StudyService(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, IClock clock)
{
    public async Task<StudyOverview?> OverviewAsync(Guid organisationId, int? year = null)
    {
        organisationId = await directory.FollowedUpFromAsync(organisationId);
        if (await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var y = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var canManage = await guard.CoversOrganisation(organisationId);
        var scope = await access.ScopeAsync();
        var branches = (await directory.BelowAsync(organisationId, OrganisationKind.Local)).Where(b => scope.CoversOrganisation(b.Id)).ToList();
        var ids = branches.Select(b => b.Id).Append(organisationId).ToList();
        var regionOf = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.RegionId != null)
            .Join(db.Regions, o => o.RegionId, r => r.Id, (o, r) => new { o.Id, r.Name }).ToDictionaryAsync(x => x.Id, x => x.Name);
        var bodies = canManage
            ? await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync()
            : [];
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);
        // An umbrella reads the requirements and materials its counties set for their own branches, as well as those from above.
        var tree = await directory.TreeAsync();
        var offering = (await directory.AncestryAsync(organisationId)).Concat(tree.SelfAndDescendants(organisationId)).Distinct().ToList();
        var materials = await MaterialsOfferedAsync(organisationId);
        var materialNames = await db.StudyMaterials.AsNoTracking().Where(m => offering.Contains(m.OrganisationId)).ToDictionaryAsync(m => m.Id, m => m.Name);

        var (from, to) = (new LocalDate(y - 1, 1, 1), new LocalDate(y, 12, 31));
        var visible = canManage ? ids : ids.Where(i => i != organisationId).ToList();
        var circles = await db.StudyCircles.AsNoTracking().Where(c => visible.Contains(c.OrganisationId) && c.EndsOn >= from && c.EndsOn <= to).ToListAsync();
        var names = UnitNames.Of(organisation, branches, bodyNames, regionOf);
        var circleRows = CircleRows(circles, y, names, materialNames);

        var requirements = await db.StudyRequirements.AsNoTracking().Where(r => offering.Contains(r.OrganisationId) && r.Year == y).OrderBy(r => r.DueOn).ToListAsync();
        var units = Units(organisationId, branches, circles, canManage ? requirements : [], bodyNames);
        var byUnit = circles.Select(c => new CircleFact(c.OrganisationId, c.BodyId, c.MaterialId, c.EndsOn, c.Hours))
            .ToLookup(c => c.BodyId is { } body ? (c.OrganisationId, (Guid?)body) : (c.OrganisationId, null));
        var hours = HoursRows(units, byUnit, y, names);
        var matrix = Matrix(hours, requirements, byUnit, organisationId, tree, clock.Today());
        var requirementRows = RequirementRows(requirements, matrix, materialNames, bodyNames);
        var choices = branches.OrderBy(b => b.DisplayName, NorwegianText.Comparer).Select(b => new UnitChoice(b.Id, null, b.DisplayName)).ToList();
        if (canManage)
        {
            choices.Insert(0, new UnitChoice(organisationId, null, organisation.DisplayName));
            choices.InsertRange(1, bodies.Select(b => new UnitChoice(organisationId, b.Id, $"{organisation.DisplayName}: {b.Name}")));
        }
        // A local leader sees her own branch: the page is headed with it, not with the county it is followed up from.
        var heading = branches is [var only] && !canManage ? only.DisplayName : organisation.DisplayName;
        return new StudyOverview(organisationId, heading, y, materials, circleRows, hours, requirementRows, matrix, choices, canManage)
        {
            HoursChart = await HoursChartAsync(visible, y),
        };
    }

    /// <summary>Study hours year by year over the ten years up to the one shown, by the year each circle ended; none with fewer than two years.</summary>
    private async Task<ReportChart?> HoursChartAsync(List<Guid> visible, int year)
    {
        var (from, to) = (new LocalDate(year - 9, 1, 1), new LocalDate(year, 12, 31));
        var ended = await db.StudyCircles.AsNoTracking().Where(c => visible.Contains(c.OrganisationId) && c.EndsOn >= from && c.EndsOn <= to)
            .Select(c => new { c.EndsOn, c.Hours }).ToListAsync();
        var byYear = ended.GroupBy(c => c.EndsOn.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Hours));
        if (byYear.Count < 2)
        {
            return null;
        }
        var years = Enumerable.Range(byYear.Keys.Min(), year - byYear.Keys.Min() + 1).ToList();
        return new ReportChart("Studietimer per år", ChartKind.Bars, [.. years.Select(y => $"{y}")],
            [new ChartSeries("Studietimer", [.. years.Select(y => (double)byYear.GetValueOrDefault(y))])]);
    }

    /// <summary>What the overview calls a unit: a body by its own name, else its organisation; and the region it lies in.</summary>
    private sealed record UnitNames(Guid OrganisationId, Dictionary<Guid, string> Organisations, Dictionary<Guid, string> Bodies, Dictionary<Guid, string> Regions)
    {
        public static UnitNames Of(OrganisationSummary organisation, IEnumerable<OrganisationSummary> branches, Dictionary<Guid, string> bodies,
            Dictionary<Guid, string> regions)
        {
            var names = branches.ToDictionary(b => b.Id, b => b.DisplayName);
            names[organisation.Id] = organisation.DisplayName;
            return new UnitNames(organisation.Id, names, bodies, regions);
        }

        public string Unit(Guid org, Guid? body) => body is { } b && Bodies.TryGetValue(b, out var n) ? n : Organisations.GetValueOrDefault(org) ?? "";

        public string Region(Guid org) => org == OrganisationId ? "" : Regions.GetValueOrDefault(org) ?? "Uten region";
    }

    /// <summary>The circles that ended in the year, the latest started first.</summary>
    private static List<CircleRow> CircleRows(List<StudyCircle> circles, int y, UnitNames names, Dictionary<Guid, string> materialNames) =>
        circles.Where(c => c.EndsOn.Year == y).OrderByDescending(c => c.StartsOn)
            .Select(c => new CircleRow(c.Id, c.OrganisationId, names.Unit(c.OrganisationId, c.BodyId), materialNames.GetValueOrDefault(c.MaterialId) ?? "", c.StartsOn.ToDateOnly(),
                c.EndsOn.ToDateOnly(), c.Participants, c.Hours, c.LeaderName, c.IsDemo, c.Version)).ToList();

    /// <summary>Every branch, the organisation's bodies with circles, and its bodies with a requirement of their own (<paramref name="bodyRequirements"/>).</summary>
    private static List<(Guid Org, Guid? Body)> Units(Guid organisationId, IEnumerable<OrganisationSummary> branches, List<StudyCircle> circles,
        List<StudyRequirement> bodyRequirements, Dictionary<Guid, string> bodyNames)
    {
        var units = branches.Select(b => (Org: b.Id, Body: (Guid?)null)).ToList();
        units.AddRange(circles.Where(c => c.OrganisationId == organisationId).Select(c => (Org: organisationId, Body: c.BodyId)).Distinct());
        units.AddRange(bodyRequirements.Where(r => r.BodyId is not null && bodyNames.ContainsKey(r.BodyId.Value)).Select(r => (Org: organisationId, Body: r.BodyId)));
        return units.Distinct().ToList();
    }

    /// <summary>Each unit's circles and hours this year against last year, the organisation first and then region by region.</summary>
    private static List<HoursRow> HoursRows(List<(Guid Org, Guid? Body)> units, ILookup<(Guid, Guid?), CircleFact> byUnit, int y, UnitNames names) =>
        units.Select(u => new HoursRow(u.Org, u.Body, names.Unit(u.Org, u.Body), names.Region(u.Org),
                byUnit[u].Count(c => c.EndsOn.Year == y), byUnit[u].Where(c => c.EndsOn.Year == y).Sum(c => c.Hours), byUnit[u].Where(c => c.EndsOn.Year == y - 1).Sum(c => c.Hours)))
            .OrderBy(h => h.Region == "" ? 0 : 1).ThenBy(h => h.Region, NorwegianText.Comparer).ThenBy(h => h.Unit, NorwegianText.Comparer).ToList();

    /// <summary>Each unit's status on every requirement that applies to it; units without any are left out.</summary>
    private static List<MatrixRow> Matrix(List<HoursRow> hours, List<StudyRequirement> requirements, ILookup<(Guid, Guid?), CircleFact> byUnit,
        Guid organisationId, OrganisationTree tree, LocalDate today) =>
        hours.Select(h => new MatrixRow(h.OrganisationId, h.BodyId, h.Unit, h.Region, requirements.Select(r =>
                AppliesTo(r, h.OrganisationId, h.BodyId, organisationId, tree) && r.StatusFor(byUnit[(h.OrganisationId, h.BodyId)], today) is { } s
                    ? new MatrixCell(r.Id, s.State, s.DoneOn?.ToDateOnly(), s.Label) : null).OfType<MatrixCell>().ToList()))
            .Where(m => m.Cells.Count > 0).ToList();

    /// <summary>Each requirement with how many of the units it applies to have done it.</summary>
    private static List<RequirementRow> RequirementRows(List<StudyRequirement> requirements, List<MatrixRow> matrix, Dictionary<Guid, string> materialNames,
        Dictionary<Guid, string> bodyNames) =>
        requirements.Select(r =>
        {
            var cells = matrix.SelectMany(m => m.Cells).Where(c => c.RequirementId == r.Id).ToList();
            return new RequirementRow(r.Id, r.Name, r.Kind, r.Year, r.MaterialId is { } m ? materialNames.GetValueOrDefault(m) : null, r.DueOn.ToDateOnly(),
                r.BodyId is { } b ? bodyNames.GetValueOrDefault(b) : null, cells.Count(c => c.State == RequirementState.Done), cells.Count, r.IsDemo);
        }).ToList();

    public Task<Outcome<Guid>> AddCircleAsync(CircleInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg et lokallag du har tilgang til.");
        }
        var checkedInput = await CheckAsync(input);
        if (checkedInput.Value is not { } v)
        {
            return Outcome<Guid>.Invalid(checkedInput.Errors.Keys.First(), checkedInput.Message!);
        }
        var circle = new StudyCircle(input.OrganisationId, input.BodyId, v.MaterialId, v.Dates, input.Participants, input.Hours, input.LeaderName!);
        db.StudyCircles.Add(circle);
        await db.SaveChangesAsync();
        return circle.Id;
    });

    /// <summary>The materials an organisation's circles may use: its own and those of the organisations above it.</summary>
    public async Task<IReadOnlyList<MaterialRow>?> MaterialsAsync(Guid organisationId) =>
        await guard.ReadsOrganisation(organisationId) ? await MaterialsOfferedAsync(organisationId) : null;

    private async Task<List<MaterialRow>> MaterialsOfferedAsync(Guid organisationId)
    {
        var offering = await directory.AncestryAsync(organisationId);
        return await db.StudyMaterials.AsNoTracking().Where(m => offering.Contains(m.OrganisationId)).OrderBy(m => m.Name)
            .Select(m => new MaterialRow(m.Id, m.Name, m.Kind, m.Description, m.IsDemo)).ToListAsync();
    }

    /// <summary>A circle as its edit form shows it, with the materials it may be moved to; null if it is not there or not the user's to change.</summary>
    public async Task<CircleEdit?> EditAsync(Guid id)
    {
        var circle = await db.StudyCircles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (circle is null || !await guard.CoversOrganisation(circle.OrganisationId) || await directory.FindAsync(circle.OrganisationId) is not { } organisation)
        {
            return null;
        }
        var body = circle.BodyId is { } b ? await db.Bodies.AsNoTracking().Where(x => x.Id == b).Select(x => x.Name).SingleOrDefaultAsync() : null;
        var materials = await MaterialsOfferedAsync(circle.OrganisationId);
        var input = new CircleInput
        {
            OrganisationId = circle.OrganisationId, BodyId = circle.BodyId, MaterialId = circle.MaterialId, StartsOn = circle.StartsOn.ToDateOnly(),
            EndsOn = circle.EndsOn.ToDateOnly(), Participants = circle.Participants, Hours = circle.Hours, LeaderName = circle.LeaderName, Version = circle.Version,
        };
        return new CircleEdit(id, body is null ? organisation.DisplayName : $"{organisation.DisplayName}: {body}", circle.EndsOn.Year, input, materials);
    }

    public Task<Outcome<Guid>> UpdateCircleAsync(Guid id, CircleInput input) => Outcome.Try(async () =>
    {
        var circle = await db.StudyCircles.SingleOrDefaultAsync(c => c.Id == id);
        if (circle is null || !await guard.CoversOrganisation(circle.OrganisationId))
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(circle, input.Version);
        input.OrganisationId = circle.OrganisationId;
        var checkedInput = await CheckAsync(input);
        if (checkedInput.Value is not { } v)
        {
            return Outcome<Guid>.Invalid(checkedInput.Errors.Keys.First(), checkedInput.Message!);
        }
        circle.Update(input.BodyId, v.MaterialId, v.Dates, input.Participants, input.Hours, input.LeaderName!);
        await db.SaveChangesAsync();
        return circle.Id;
    });

    public Task<Outcome<Guid>> DeleteCircleAsync(Guid id, long version) => Outcome.Try(async () =>
    {
        var circle = await db.StudyCircles.SingleOrDefaultAsync(c => c.Id == id);
        if (circle is null || !await guard.CoversOrganisation(circle.OrganisationId))
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(circle, version);
        db.StudyCircles.Remove(circle);
        await db.SaveChangesAsync();
        return id;
    });

    public Task<Outcome<Guid>> AddMaterialAsync(MaterialInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var material = new StudyMaterial(input.OrganisationId, input.Name!, input.Kind, input.Description);
        db.StudyMaterials.Add(material);
        await db.SaveChangesAsync();
        return material.Id;
    });

    public Task<Outcome<Guid>> AddRequirementAsync(RequirementInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (input.MaterialId is { } material && !await OffersAsync(input.OrganisationId, material))
        {
            return Outcome<Guid>.Invalid(nameof(input.MaterialId), "Velg et studiemateriell organisasjonen bruker.");
        }
        if (input.BodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body && b.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et styre eller utvalg i organisasjonen.");
        }
        var requirement = new StudyRequirement(input.OrganisationId, input.Name!, input.Kind, input.Year, input.MaterialId,
            input.DueOn is { } due ? LocalDate.FromDateOnly(due) : null, input.BodyId);
        db.StudyRequirements.Add(requirement);
        await db.SaveChangesAsync();
        return requirement.Id;
    });

    private sealed record CircleChoices(Guid MaterialId, DateInterval Dates);

    /// <summary>What the circle refers to, checked against the database; the circle checks its own numbers.</summary>
    private async Task<Outcome<CircleChoices>> CheckAsync(CircleInput input)
    {
        if (input.MaterialId is not { } material || !await OffersAsync(input.OrganisationId, material))
        {
            return Outcome<CircleChoices>.Invalid(nameof(input.MaterialId), "Velg studiemateriellet.");
        }
        if (input.StartsOn is not { } start || input.EndsOn is not { } end)
        {
            return Outcome<CircleChoices>.Invalid(input.StartsOn is null ? nameof(input.StartsOn) : nameof(input.EndsOn), "Oppgi når studieringen begynte og sluttet.");
        }
        if (end < start)
        {
            return Outcome<CircleChoices>.Invalid(nameof(input.EndsOn), "Studieringen kan ikke slutte før den begynner.");
        }
        if (input.BodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body && b.OrganisationId == input.OrganisationId))
        {
            return Outcome<CircleChoices>.Invalid(nameof(input.BodyId), "Velg et styre eller utvalg i organisasjonen.");
        }
        return new CircleChoices(material, new DateInterval(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end)));
    }

    /// <summary>A branch's requirement is one set by an organisation above it (a county's requirement is not another county's).</summary>
    private static bool AppliesTo(StudyRequirement r, Guid org, Guid? body, Guid county, OrganisationTree tree) =>
        body is null ? org != county && tree.IsSelfOrDescendant(org, r.OrganisationId) : r.BodyId == body;

    private async Task<bool> OffersAsync(Guid organisationId, Guid materialId)
    {
        var offering = await directory.AncestryAsync(organisationId);
        return await db.StudyMaterials.AnyAsync(m => m.Id == materialId && offering.Contains(m.OrganisationId));
    }
}
