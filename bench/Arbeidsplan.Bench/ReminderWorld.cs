using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// What the daily reminder run reads, added under the party's counties and branches as the app stores it: office holders (a county board of
/// nine, a branch board of seven; about one in six terms ends within 90 days of <see cref="ReminderBench.Day"/>, one in twelve has ended),
/// three in four with an e-mail address, one in three of those with a user; a national plan, each county's adopted 2025 and 2026 plans and
/// 2027 draft, each branch's adopted 2025 and 2026 plans, their measures owned by a position type (held in the plan's organisation, or only
/// below it), a body or the organisation, due «innen d. måned» spread over the year, some done or under way; personal choices and county
/// defaults. Then what the notice, digest, study and checklist sources read (<see cref="AddMeetingsAsync"/>, <see cref="AddDigestAsync"/>,
/// <see cref="AddStudyAsync"/>), after the rest so the rows above are written as before.
/// </summary>
internal sealed partial class ReminderWorld
{
    private static readonly LocalDate Day = ReminderBench.Day;
    private static readonly string[] Months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    private static readonly string[] CountyOffices = ["Fylkesleder", "Nestleder", "Sekretær", "Kasserer", "Studieleder", "Medlemsansvarlig", "Styremedlem", "Styremedlem", "Styremedlem"];
    private static readonly string[] BranchOffices = ["Leder", "Nestleder", "Sekretær", "Kasserer", "Medlemsansvarlig", "Studieleder", "Styremedlem"];

    private readonly AppDbContext db;
    private readonly Dictionary<string, PositionType> types;
    private int people, positions, plans, measures, users, preferences;
    private int rules, meetings, requirements, contacts, flags;
    private int pending;

    private ReminderWorld(AppDbContext db, Dictionary<string, PositionType> types) => (this.db, this.types) = (db, types);

    public static async Task<ReminderBench.World> AddAsync(BenchApp app, Guid party, IReadOnlyList<Guid> counties, IReadOnlyList<Guid> branches)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var types = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).ToDictionaryAsync(t => t.Name);
        var world = new ReminderWorld(db, types);
        await world.AddTypesAsync(party, CountyOffices.Concat(BranchOffices).Distinct());
        await world.AddPlanAsync(party, 2026, adopted: true, 40, ["Studieleder", "Medlemsansvarlig", "Fylkesleder", "Leder"], body: null);
        var boards = new List<Guid>();
        for (var c = 0; c < counties.Count; c++)
        {
            boards.Add(await world.AddCountyAsync(counties[c], c));
        }
        foreach (var branch in branches)
        {
            await world.AddBranchAsync(branch);
        }
        await db.SaveChangesAsync();
        await world.AddMeetingsAsync(counties, boards, branches);
        await world.AddDigestAsync(party, counties, branches);
        await world.AddStudyAsync(party, counties, branches);
        await db.SaveChangesAsync();
        return new ReminderBench.World(world.people, world.positions, world.plans, world.measures, world.users, world.preferences,
            world.rules, world.meetings, world.requirements, world.contacts, world.flags);
    }

    /// <summary>The position types the world's offices need that the party does not have yet, with the roles their names suggest unless given.</summary>
    private async Task AddTypesAsync(Guid party, IEnumerable<string> names, ScopeKind scope = ScopeKind.Subtree, PositionRole? roles = null)
    {
        foreach (var name in names.Where(n => !types.ContainsKey(n)))
        {
            var type = new PositionType(party, name, scope, $"Oppgaver for {name}", 100 + types.Count, roles);
            db.PositionTypes.Add(type);
            types[name] = type;
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Saves and forgets every 5,000 rows, so the generator's tracked entities do not pile up.</summary>
    private async Task SavedAsync(int added)
    {
        pending += added;
        if (pending >= 5_000)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            pending = 0;
        }
    }

    /// <summary>A county's board of nine (the first three also on its executive committee), its defaults for one county in three, and its plans.</summary>
    private async Task<Guid> AddCountyAsync(Guid county, int c)
    {
        var board = new Body(county, "Arbeidsutvalget", BodyKind.ExecutiveCommittee);
        db.Bodies.Add(board);
        for (var o = 0; o < CountyOffices.Length; o++)
        {
            AddHolder(county, CountyOffices[o], o < 3 ? board.Id : null);
        }
        if (c % 3 == 0)
        {
            var defaults = ReminderPreference.ForOrganisation(county, ReminderKind.MeasureDue);
            defaults.Set(true, 14);
            db.ReminderPreferences.Add(defaults);
            var settings = new ReminderSettings(county);
            settings.Set(QuietPeriod.Format(QuietPeriod.Defaults), null);
            db.ReminderSettings.Add(settings);
            preferences++;
        }
        await SavedAsync(CountyOffices.Length * 3 + 3);
        // «Leder» is held only in the branches below: those measures go to the branch leaders of the county.
        string[] owners = ["Fylkesleder", "Nestleder", "Sekretær", "Kasserer", "Studieleder", "Medlemsansvarlig", "Leder"];
        await AddPlanAsync(county, 2025, adopted: true, 30, owners, board.Id);
        await AddPlanAsync(county, 2026, adopted: true, 60, owners, board.Id);
        await AddPlanAsync(county, 2027, adopted: false, 60, owners, board.Id);
        return board.Id;
    }

    private async Task AddBranchAsync(Guid branch)
    {
        foreach (var office in BranchOffices)
        {
            AddHolder(branch, office, null);
        }
        await SavedAsync(BranchOffices.Length * 3);
        string[] owners = ["Leder", "Sekretær", "Kasserer", "Medlemsansvarlig", "Studieleder", "Styremedlem", "Fylkesleder"];
        await AddPlanAsync(branch, 2025, adopted: true, 15, owners, null);
        await AddPlanAsync(branch, 2026, adopted: true, 25, owners, null);
    }

    /// <summary>A new person holding an office in an organisation (and on its body, or for a region, when given), with a user and choices for some.</summary>
    private void AddHolder(Guid organisation, string office, Guid? bodyId, Guid? regionId = null)
    {
        var i = people++;
        var email = i % 4 == 3 ? null : $"tillitsvalgt{i}@bench.no";
        var person = new Person(organisation, $"Tillitsvalgt {i} {office}", email, null);
        db.Persons.Add(person);
        var term = TermOf(i);
        db.Positions.Add(new Position(person.Id, types[office], organisation, null, regionId, term));
        positions++;
        if (bodyId is { } body)
        {
            db.Positions.Add(new Position(person.Id, types["Styremedlem"], null, body, null, term));
            positions++;
        }
        if (email is not null && i % 3 == 0)
        {
            db.Users.Add(new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, PersonId = person.Id, SecurityStamp = Guid.NewGuid().ToString("N"),
            });
            users++;
        }
        AddChoices(person.Id, email, i);
    }

    /// <summary>One holder in six has a term ending within 90 days of the day, one in twelve a term that has ended.</summary>
    private static Term TermOf(int i) => (i % 12) switch
    {
        0 or 1 => new Term(new LocalDate(2025, 3, 1), Day.PlusDays(3 + i * 7 % 85)),
        2 => new Term(new LocalDate(2024, 3, 1), Day.PlusDays(-20 - i % 200)),
        3 => new Term(new LocalDate(2026, 3, 1), new LocalDate(2028, 2, 29)),
        _ => new Term(new LocalDate(2026, 2, 1), null),
    };

    private void AddChoices(Guid personId, string? email, int i)
    {
        if (email is not null && i % 10 == 0)
        {
            var own = ReminderPreference.ForPerson(personId, ReminderKind.MeasureDue);
            own.Set(true, 30);
            db.ReminderPreferences.Add(own);
            preferences++;
        }
        if (i % 25 == 1)
        {
            var own = ReminderPreference.ForPerson(personId, ReminderKind.MeasureOverdue);
            own.Set(false, null);
            db.ReminderPreferences.Add(own);
            preferences++;
        }
    }

    private async Task AddPlanAsync(Guid organisation, int year, bool adopted, int count, string[] owners, Guid? body)
    {
        var plan = new Plan(organisation, $"Arbeidsplan {year}", PlanKind.Annual, PlanPeriod.Year(year));
        if (adopted)
        {
            plan.Propose();
            plan.Adopt("Årsmøtet", new LocalDate(year, 1, 20));
        }
        db.Plans.Add(plan);
        plans++;
        var added = 1;
        for (var k = 0; k < count; k++)
        {
            added += AddMeasure(plan, k, organisation, owners, body, adopted ? year : null);
        }
        await SavedAsync(added);
    }

    /// <summary>The plan's k-th measure with its owner and deadline, and a status note for some of an adopted plan's; returns the rows added.</summary>
    private int AddMeasure(Plan plan, int k, Guid organisation, string[] owners, Guid? body, int? adoptedIn)
    {
        var seed = plans + k;
        var measure = new Measure(plan.Id, null, $"{1 + k / 10}.{1 + k % 10}", $"Tiltak {k + 1}: verve nye medlemmer og følge opp lagene", k * 10);
        var owner = (k % 10) switch
        {
            7 => new MeasureOwner("Styret", OrganisationId: organisation),
            8 when body is not null => new MeasureOwner("Arbeidsutvalget", BodyId: body),
            9 => null,
            _ => new MeasureOwner(owners[k % owners.Length], PositionTypeId: types[owners[k % owners.Length]].Id),
        };
        measure.AssignOwner(owner);
        var timing = TimingParser.Parse($"innen {1 + seed * 11 % 28}. {Months[seed * 5 % 12]}", plan.Period);
        measure.SetTiming(timing);
        if (timing.Due is null)
        {
            throw new InvalidOperationException($"«{timing.Text}» ga ingen frist; benken måler feil ting.");
        }
        db.Measures.Add(measure);
        measures++;
        if (adoptedIn is { } year && k % 6 is 0 or 1)
        {
            var status = k % 6 == 0 ? MeasureStatus.Done : MeasureStatus.UnderWay;
            db.StatusNotes.Add(measure.SetStatus(status, new LocalDate(year, 1, 25), "Benk", "benk", Instant.FromUtc(year, 1, 25, 12, 0)));
            return 2;
        }
        return 1;
    }
}
