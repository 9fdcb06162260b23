using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// The national party's register and follow-up as <see cref="NationalBench"/> writes them through the app's own context: counties, regions
/// and branches, events and study circles over ten years, and a county's follow-up (positions, targets, contacts, flags and checks).
/// </summary>
internal static class NationalWorld
{
    private static readonly string[] TypeNames = ["Fylkesleder", "Styremedlem", "Leder", "Kasserer", "Medlemsansvarlig", "Studieleder"];

    public static async Task<(Guid National, List<Guid> Counties, List<(Guid Id, string Name)> Branches)> BuildRegisterAsync(IServiceProvider services, int branchCount)
    {
        var national = new Organisation("Benkpartiet", OrganisationKind.National, null);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(national);
            await db.SaveChangesAsync();
        }
        var counties = await AddCountiesAsync(services, national.Id, 15);
        return (national.Id, counties.Select(c => c.County).ToList(), await AddBranchesAsync(services, counties, branchCount));
    }

    /// <summary>Counties under the party, «Fylke 1», «Fylke 2» and on, each with four regions.</summary>
    public static async Task<List<(Guid County, IReadOnlyList<Guid> Regions)>> AddCountiesAsync(IServiceProvider services, Guid national, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counties = Enumerable.Range(1, count).Select(i => new Organisation($"Fylke {i}", OrganisationKind.County, national)).ToList();
        db.AddRange(counties);
        var regions = counties.Select(c => Enumerable.Range(1, 4).Select(r => new Region(c.Id, $"Region {r}")).ToList()).ToList();
        db.AddRange(regions.SelectMany(r => r));
        await db.SaveChangesAsync();
        return counties.Select((c, i) => (c.Id, (IReadOnlyList<Guid>)regions[i].Select(r => r.Id).ToList())).ToList();
    }

    /// <summary>Branches «Lag 1», «Lag 2» and on, dealt to the counties in turn and within each county to its regions in turn.</summary>
    public static async Task<List<(Guid Id, string Name)>> AddBranchesAsync(IServiceProvider services, IReadOnlyList<(Guid County, IReadOnlyList<Guid> Regions)> counties,
        int branchCount)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var links = (await db.Organisations.Select(o => new { o.Id, o.ParentId }).ToListAsync()).Select(o => (o.Id, o.ParentId)).ToList();
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id);
        var branches = new List<Organisation>();
        for (var i = 0; i < branchCount; i++)
        {
            var (county, countyRegions) = counties[i % counties.Count];
            var branch = new Organisation($"Lag {i + 1}", OrganisationKind.Local, county);
            var region = regions[countyRegions[i / counties.Count % countyRegions.Count]];
            branch.PlaceInRegion(region, new OrganisationTree(links.Append((branch.Id, (Guid?)county))));
            branches.Add(branch);
        }
        db.AddRange(branches);
        await db.SaveChangesAsync();
        return branches.Select(b => (b.Id, b.Name)).ToList();
    }

    public static async Task AddEventsAndCirclesAsync(IServiceProvider services, Guid national, List<Guid> branches, int events, int circles)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var annual = EventKind.IdOf(EventKind.AnnualMeeting);
        var other = EventKind.IdOf(EventKind.Other);
        for (var i = 0; i < events; i++)
        {
            var branch = branches[i % branches.Count];
            var day = new LocalDate(2017 + i % 10, 1, 1).PlusDays(i * 7 % 360);
            db.Events.Add(new Event(branch, new EventDetails(i % 10 < 1 ? annual : other, $"Møte {i}"), EventWhen.Day(day)));
            await SaveEveryAsync(db, i);
        }
        var material = new StudyMaterial(national, "Hvem skal lede", MaterialKind.Circle);
        db.StudyMaterials.Add(material);
        for (var i = 0; i < circles; i++)
        {
            var start = new LocalDate(2017 + i % 10, 2, 1).PlusDays(i % 200);
            db.StudyCircles.Add(new StudyCircle(branches[i % branches.Count], null, material.Id, new DateInterval(start, start.PlusDays(30)), 6, 8, "Benk"));
            await SaveEveryAsync(db, i);
        }
        db.StudyRequirements.Add(new StudyRequirement(national, "Hvem skal lede", RequirementKind.CompleteMaterial, 2026, material.Id, new LocalDate(2026, 7, 1)));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// What a county's follow-up holds besides members: board positions in most branches (some lapsed), targets, contacts, flags and checks;
    /// and a county leader on the county board, whose sign-in the county is measured with. Returns the leader's e-mail.
    /// </summary>
    public static async Task<string> AddFollowUpAsync(BenchApp app, Guid party, Guid county, List<Guid> branches)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var types = TypeNames
            .Select((name, i) => new PositionType(party, name, ScopeKind.Subtree, $"Oppgaver for {name}", (i + 1) * 10)).ToList();
        db.AddRange(types);
        var board = new Body(county, "Fylkesstyret", BodyKind.Board);
        var leader = new Person(county, "Benk Fylkesleder", "fylkesleder@bench.no", null);
        db.AddRange(board, leader);
        db.AddRange(new Position(leader.Id, types[0], county, null, null, new Term(new LocalDate(2026, 1, 1), null)),
            new Position(leader.Id, types[1], null, board.Id, null, new Term(new LocalDate(2026, 1, 1), null)));
        AddBranchFollowUp(db, types.Skip(2).ToList(), branches);
        await db.SaveChangesAsync();
        return await app.AddUserAsync(leader.Id, "fylkesleder@bench.no");
    }

    /// <summary>Each branch's follow-up: a person holding one to four of the types (every fifth's term lapsed), a member target, a contact, a flag
    /// in every seventh and the check of its board and annual meeting.</summary>
    public static void AddBranchFollowUp(AppDbContext db, IReadOnlyList<PositionType> types, List<Guid> branches)
    {
        var today = new LocalDate(2026, 11, 1);
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var person = new Person(branch, $"Tillitsvalgt {i}", null, null);
            db.Add(person);
            foreach (var type in types.Take(1 + i % 4))
            {
                db.Add(new Position(person.Id, type, branch, null, null, new Term(new LocalDate(i % 5 == 0 ? 2024 : 2026, 2, 1), i % 5 == 0 ? new LocalDate(2025, 2, 1) : null)));
            }
            db.Add(new MemberTarget(branch, 2026, 120 + i % 30));
            db.Add(new ContactEntry(branch, null, "Regionkontakt", today.PlusDays(-(i % 200)), ContactChannel.Phone, "Samtale om verving.", Instant.FromUtc(2026, 11, 1, 9, 0)));
            if (i % 7 == 0)
            {
                db.Add(new BranchFlag(branch, FlagReason.Recruitment | FlagReason.Finances, "Følges opp.", today.PlusDays(-30)));
            }
            var check = new BranchCheck(branch);
            check.Record(today.PlusDays(-(i % 400)), today.PlusDays(-(i % 300)), today);
            db.Add(check);
        }
    }

    /// <summary>
    /// The accounts for 2025 of every county and the national party, each with a summary of twenty posts, and the auditor's report on
    /// the measured county's: the report's section on finances and the PDF's attached pages are part of what is timed.
    /// </summary>
    public static async Task AddAccountsAsync(BenchApp app, Guid national, List<Guid> counties, Guid measured)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (organisation, i) in counties.Append(national).Select((o, i) => (o, i)))
        {
            var accounts = new Arbeidsplan.Domain.Reports.AnnualAccounts(organisation, 2025);
            accounts.Set(1_000_000 + i * 10_000, 950_000 + i * 9_000, 300_000, 250_000,
                [.. Enumerable.Range(1, 20).Select(n => new Arbeidsplan.Domain.Reports.AccountLine($"Post {n}", n * 1_000))], null);
            db.AnnualAccounts.Add(accounts);
            if (organisation == measured)
            {
                var auditor = new Arbeidsplan.Web.Documents.Paper().Title("Revisors beretning").Text("Regnskapet gir et dekkende bilde.").Pdf();
                db.AuditorReports.Add(new Arbeidsplan.Domain.Reports.AuditorReport(accounts.Id, auditor, "beretning.pdf", 1, "Benk", Instant.FromUtc(2026, 2, 1, 12, 0)));
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Saves and forgets every 20,000 rows, so the generator's tracked entities do not count as the app's peak memory.</summary>
    private static async Task SaveEveryAsync(AppDbContext db, int i)
    {
        if (i % 20_000 == 19_999)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
