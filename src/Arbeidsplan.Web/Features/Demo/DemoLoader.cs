using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Import;
using Arbeidsplan.Web.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>A sign-in the demo created, with what it shows.</summary>
public sealed record DemoUser(string Email, string Description);

/// <summary>
/// Fills an empty database with a demo party: Senterpartiet with Innlandet (Hedmark and Oppland) and Akershus,
/// their regions, a branch in every municipality, boards, made-up people in their positions, and sign-ins
/// that show what each level of responsibility sees. All or nothing: one transaction.
/// </summary>
public sealed class DemoLoader(
    AppDbContext db, UserManager<AppUser> users, IClock clock, ActorContext actor, MemberImport memberImport, DatePlanImport datePlanImport,
    Reports.AnnualReportData reportData, ILogger<DemoLoader> logger)
{
    public const string DemoPassword = "Demo-passord-2026";
    public const string AdministratorEmail = "admin@" + DemoRegister.EmailDomain;
    internal const string InstructionResource = "Arbeidsplan.Web.Features.Demo.Files.styreinstruks.md";

    public async Task<IReadOnlyList<DemoUser>> LoadAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct) || await db.Persons.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            throw new InvalidOperationException("Databasen har allerede data; demoen lastes bare inn i en tom database.");
        }

        // The demo is written by the System, through the same guarded importers as a user's files, and marked as demo.
        using var system = actor.ActAsSystem(ActorContext.DemoLabel);
        var now = clock.GetCurrentInstant();
        var world = new DemoWorld();
        var types = new DemoPositionTypes(world.National.Id, DutyDocument.Parse(ReadInstruction()));
        var people = new DemoPeople(world, types, now.InZone(NorwegianTime.Oslo).Date);

        // Join the caller's transaction (first-run setup) or run in our own.
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            AddOrganisation(world, types, people, now);
            await db.SaveChangesAsync(ct);
            await LoadActivitiesAsync(world, now, ct);
            var loaded = await CreateSignInsAsync(people, ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            foreach (var user in loaded)
            {
                logger.LogInformation("Demo user {Email}: {Description}", user.Email, user.Description);
            }
            return loaded;
        }
        catch
        {
            // Nothing of a failed load may be saved later by accident.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>The party's position types, units, bodies, people and positions, and the settings that mark the database as a demo.</summary>
    private void AddOrganisation(DemoWorld world, DemoPositionTypes types, DemoPeople people, Instant now)
    {
        db.AddRange(types.All);
        db.AddRange(world.Municipalities);
        db.AddRange(world.Organisations);
        db.AddRange(world.Regions);
        db.AddRange(world.Bodies);
        db.AddRange(people.People);
        db.AddRange(people.Positions);
        db.AddRange(people.PublicOffices);
        db.Add(new SystemSetting { Key = SystemSetting.DemoLoadedAt, Value = InstantPattern.ExtendedIso.Format(now) });
        db.Add(new SystemSetting { Key = SystemSetting.DemoRoot, Value = world.National.Id.ToString() });
    }

    /// <summary>What the organisation has done: plans, calendar, members, meetings, elections and reports, saved.</summary>
    private async Task LoadActivitiesAsync(DemoWorld world, Instant now, CancellationToken ct)
    {
        var annualMeeting = await new DemoAnnualMeeting(db).LoadAsync(world);
        await new DemoPlans(db, clock).LoadAsync(world.Hedmark.Id, world.Akershus.Id, annualMeeting);
        await db.SaveChangesAsync(ct);
        await new DemoCalendar(db, clock, datePlanImport).LoadAsync(world);
        await new DemoMembers(db, memberImport).LoadAsync(world.Hedmark, world.Organisations.Where(o => o.ParentId == world.Hedmark.Id && o.Kind == OrganisationKind.Local).ToList());
        await new DemoFollowUp(db, clock).LoadAsync(world);
        await new DemoStudy(db).LoadAsync(world);
        await new DemoReminders(db).LoadAsync(world);
        await new DemoMeetings(db).LoadAsync(world);
        await new DemoResolutions(db).LoadAsync(world);
        new DemoElections(db).Load(world, now.InZone(NorwegianTime.Oslo).Date);
        new DemoCampaign(db).Load(world, now.InZone(NorwegianTime.Oslo).Date);
        new DemoResults(db).Load(world);
        await db.SaveChangesAsync(ct);
        await new DemoReports(db, reportData).LoadAsync(world);
    }

    /// <summary>The demo's sign-ins, created and listed for the sign-in page.</summary>
    private async Task<List<DemoUser>> CreateSignInsAsync(DemoPeople people, CancellationToken ct)
    {
        var loaded = new List<DemoUser>();
        foreach (var account in people.Accounts)
        {
            await CreateUserAsync(account);
            loaded.Add(new DemoUser(account.Email, account.Description));
        }
        // The sign-in page lists the demo users, so a visitor knows whom to try.
        db.Add(new SystemSetting { Key = SystemSetting.DemoUsers, Value = System.Text.Json.JsonSerializer.Serialize(loaded) });
        await db.SaveChangesAsync(ct);
        return loaded;
    }

    /// <summary>The demo board instruction, embedded in the program.</summary>
    internal static string ReadInstruction()
    {
        using var stream = typeof(DemoLoader).Assembly.GetManifestResourceStream(InstructionResource)
            ?? throw new InvalidOperationException($"Fant ikke arbeidsinstruksen for demoen ({InstructionResource}) i programmet.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task CreateUserAsync(DemoAccount account)
    {
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            PersonId = account.PersonId,
            IsAdministrator = account.IsAdministrator,
            IsDemo = true,
        };
        var result = await users.CreateAsync(user, DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Kunne ikke opprette demobrukeren {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>The position types of the demo, read from the board instruction; types the demo needs but the file lacks come without duties.</summary>
internal sealed class DemoPositionTypes
{
    public const string Leader = "Leder";
    public const string OrganisationalDeputy = "Organisatorisk nestleder";
    public const string PoliticalDeputy = "Politisk nestleder";
    public const string StudyLeader = "Studieleder";
    public const string BoardMember = "Styremedlem";
    public const string RegionContact = "Regionkontakt";
    public const string CouncilGroupLeader = "Gruppeleder fylkestingsgruppa";
    public const string MemberOfParliament = "Stortingsrepresentant";
    public const string Treasurer = "Kasserer";
    public const string MemberOfficer = "Medlemsansvarlig";
    public const string CampaignContact = "Valgkampkontakt";
    public const string CommitteeMember = "Medlem av nominasjonskomiteen";
    public const string Secretary = "Sekretær";
    public const string BranchLeader = "Lokallagsleder";
    public const string Representative = "Representant";

    private static readonly string[] Required =
    [
        Leader, OrganisationalDeputy, PoliticalDeputy, StudyLeader, BoardMember, RegionContact, CouncilGroupLeader,
        MemberOfParliament, Treasurer, MemberOfficer, CampaignContact, Secretary, BranchLeader, Representative, CommitteeMember,
    ];

    private readonly Dictionary<string, PositionType> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PositionType> all = [];
    private readonly Guid party;

    public DemoPositionTypes(Guid party, IEnumerable<DutySection> sections)
    {
        this.party = party;
        foreach (var section in sections)
        {
            var name = section.Title.TrimEnd(':').Trim();
            if (name.Length > 0 && !byName.ContainsKey(name))
            {
                Add(name, string.Join('\n', section.Duties));
            }
        }
        foreach (var name in Required)
        {
            if (!byName.ContainsKey(name))
            {
                Add(name, null);
            }
        }
    }

    public IReadOnlyList<PositionType> All => all;

    public PositionType this[string name] => byName[name];

    private void Add(string name, string? duties)
    {
        var scope = name switch
        {
            RegionContact => ScopeKind.Region,
            BoardMember or CommitteeMember => ScopeKind.OwnUnit,
            _ => ScopeKind.Subtree,
        };
        var type = new PositionType(party, name, scope, duties, (all.Count + 1) * 10);
        all.Add(type);
        byName[name] = type;
    }
}
