using System.Data.Common;
using System.Diagnostics;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Planning;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// The daily reminder run for the whole party at national scale (issue: within 30 s and within the memory budget): what the run reads is
/// written as the app stores it (adopted plans per county and branch with owned, dated measures, positions with terms, people with and
/// without e-mail, users, choices), then <see cref="ReminderPreview"/> and <see cref="ReminderRun"/> are timed through the app's own
/// services, against a floor of hand-written SQL that reads the same rows.
/// </summary>
internal static class ReminderBench
{
    /// <summary>The run's day: fixed, so every run reads the same window; not in a default quiet period (July, Christmas).</summary>
    public static readonly LocalDate Day = new(2026, 9, 15);

    public const double TargetSeconds = 30;

    private static readonly string[] Months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    private static readonly string[] CountyOffices = ["Fylkesleder", "Nestleder", "Sekretær", "Kasserer", "Studieleder", "Medlemsansvarlig", "Styremedlem", "Styremedlem", "Styremedlem"];
    private static readonly string[] BranchOffices = ["Leder", "Nestleder", "Sekretær", "Kasserer", "Medlemsansvarlig", "Studieleder", "Styremedlem"];

    public sealed record World(int People, int Positions, int Plans, int Measures, int Users, int Preferences);

    public sealed record Measured(string Name, string Database, double Seconds, int Queries, double DatabaseMs, double PeakMb, double ExtraMb,
        double AllocatedMb, string Result, double FloorMs)
    {
        public double ToFloor => Seconds * 1000 / Math.Max(0.01, FloorMs);
        public bool Met => Seconds <= TargetSeconds && ExtraMb <= HostileInputBench.MegabytesAllowed;
    }

    public sealed record Floor(double Ms, int Positions, int People, int Measures, int Choices);

    /// <summary>
    /// Adds, under the party's counties and branches, what the run reads: office holders (a county board of nine, a branch board of seven;
    /// about one in six terms ends within 90 days of <see cref="Day"/>, one in twelve has ended), three in four with an e-mail address, one in
    /// three of those with a user; a national plan, each county's adopted 2025 and 2026 plans and 2027 draft, each branch's adopted 2025 and
    /// 2026 plans, their measures owned by a position type (held in the plan's organisation, or only below it), a body or the organisation,
    /// due «innen d. måned» spread over the year, some done or under way; personal choices and county defaults.
    /// </summary>
    public static async Task<World> AddWorldAsync(BenchApp app, Guid party, IReadOnlyList<Guid> counties, IReadOnlyList<Guid> branches)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var types = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).ToDictionaryAsync(t => t.Name);
        foreach (var name in CountyOffices.Concat(BranchOffices).Distinct().Where(n => !types.ContainsKey(n)))
        {
            var type = new PositionType(party, name, ScopeKind.Subtree, $"Oppgaver for {name}", 100 + types.Count);
            db.PositionTypes.Add(type);
            types[name] = type;
        }
        await db.SaveChangesAsync();
        var (people, positions, plans, measures, users, preferences) = (0, 0, 0, 0, 0, 0);
        var pending = 0;

        async Task SavedAsync(int added)
        {
            pending += added;
            if (pending >= 5_000)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        Guid AddHolder(Guid organisation, string office, Guid? bodyId)
        {
            var i = people++;
            var email = i % 4 == 3 ? null : $"tillitsvalgt{i}@bench.no";
            var person = new Person(organisation, $"Tillitsvalgt {i} {office}", email, null);
            db.Persons.Add(person);
            var term = (i % 12) switch
            {
                0 or 1 => new Term(new LocalDate(2025, 3, 1), Day.PlusDays(3 + i * 7 % 85)),
                2 => new Term(new LocalDate(2024, 3, 1), Day.PlusDays(-20 - i % 200)),
                3 => new Term(new LocalDate(2026, 3, 1), new LocalDate(2028, 2, 29)),
                _ => new Term(new LocalDate(2026, 2, 1), null),
            };
            db.Positions.Add(new Position(person.Id, types[office], organisation, null, null, term));
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
            if (email is not null && i % 10 == 0)
            {
                var own = ReminderPreference.ForPerson(person.Id, ReminderKind.MeasureDue);
                own.Set(true, 30);
                db.ReminderPreferences.Add(own);
                preferences++;
            }
            if (i % 25 == 1)
            {
                var own = ReminderPreference.ForPerson(person.Id, ReminderKind.MeasureOverdue);
                own.Set(false, null);
                db.ReminderPreferences.Add(own);
                preferences++;
            }
            return person.Id;
        }

        async Task AddPlanAsync(Guid organisation, int year, bool adopted, int count, string[] owners, Guid? body)
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
                added++;
                if (adopted && k % 6 is 0 or 1)
                {
                    var status = k % 6 == 0 ? MeasureStatus.Done : MeasureStatus.UnderWay;
                    db.StatusNotes.Add(measure.SetStatus(status, new LocalDate(year, 1, 25), "Benk", "benk", Instant.FromUtc(year, 1, 25, 12, 0)));
                    added++;
                }
                measures++;
            }
            await SavedAsync(added);
        }

        var national = party;
        await AddPlanAsync(national, 2026, adopted: true, 40, ["Studieleder", "Medlemsansvarlig", "Fylkesleder", "Leder"], body: null);
        for (var c = 0; c < counties.Count; c++)
        {
            var county = counties[c];
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
        }
        for (var b = 0; b < branches.Count; b++)
        {
            foreach (var office in BranchOffices)
            {
                AddHolder(branches[b], office, null);
            }
            await SavedAsync(BranchOffices.Length * 3);
            string[] owners = ["Leder", "Sekretær", "Kasserer", "Medlemsansvarlig", "Studieleder", "Styremedlem", "Fylkesleder"];
            await AddPlanAsync(branches[b], 2025, adopted: true, 15, owners, null);
            await AddPlanAsync(branches[b], 2026, adopted: true, 25, owners, null);
        }
        await db.SaveChangesAsync();
        return new World(people, positions, plans, measures, users, preferences);
    }

    /// <summary>
    /// Times the preview, the day's run (which writes every notification and e-mail), and the same run again (every key already taken), each
    /// once as the job runner does it: a new scope acting as the System. Memory is the peak working set while it runs, sampled every 5 ms.
    /// </summary>
    public static async Task<List<Measured>> MeasureAsync(BenchApp app, string database, Floor floor)
    {
        var run = app.Services.GetRequiredService<ReminderRun>();
        var results = new List<Measured>
        {
            await TimeAsync(app, "Forhåndsvisning av påminnelser (hele landet)", database, floor, async services =>
            {
                var preview = await services.GetRequiredService<ReminderPreview>().ForAsync(Day);
                var perPerson = preview.Reminders.CountBy(r => (r.PersonName, r.Email)).Select(p => p.Value).DefaultIfEmpty().ToList();
                return $"{preview.Reminders.Count} påminnelser, {preview.ByEmail} på e-post, til {perPerson.Count} personer (høyst {perPerson.Max()} til én)";
            }),
            await TimeAsync(app, "Daglig påminnelseskjøring (hele landet)", database, floor, async services =>
            {
                var (notified, mailed) = await run.WriteAsync(services, Day, CancellationToken.None);
                return notified == 0 ? throw new InvalidOperationException("Kjøringen skrev ingen varsler; benken måler feil ting.") : $"{notified} varsler, {mailed} e-poster";
            }),
            await TimeAsync(app, "Samme kjøring igjen samme dag (alt er avgjort)", database, floor, async services =>
            {
                var (notified, mailed) = await run.WriteAsync(services, Day, CancellationToken.None);
                return $"{notified} varsler, {mailed} e-poster";
            }),
        };
        return results;
    }

    private static async Task<Measured> TimeAsync(BenchApp app, string name, string database, Floor floor, Func<IServiceProvider, Task<string>> work)
    {
        app.Queries.Reset();
        var sample = await WorkingSet.MeasureAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var system = scope.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem("Påminnelser");
            return await work(scope.ServiceProvider);
        });
        return new Measured(name, database, sample.Seconds, app.Queries.Count, app.Queries.DatabaseTime.TotalMilliseconds, sample.PeakMb, sample.ExtraMb,
            sample.AllocatedMb, sample.Result, floor.Ms);
    }

    /// <summary>
    /// The floor: what the run reads, in hand-written SQL on its own connection, every row read: the positions held on the day with their
    /// types, their holders with whether they have a user, the open owned measures of adopted plans in the sources' window, every choice and
    /// setting, and the organisations. The median of five rounds after one to warm up.
    /// </summary>
    public static async Task<Floor> FloorAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        var window = new ReminderContext(Day, null!, new OrganisationTree([]), new Dictionary<Guid, string>(), "");
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        const string Held = """ "TermFrom" <= @day AND ("TermTo" IS NULL OR "TermTo" >= @day) """;
        string[] statements =
        [
            $"""
             SELECT p."Id", p."PersonId", t."Id", t."Name", t."Roles", p."OrganisationId", p."BodyId", p."RegionId", p."TermTo"
             FROM "Positions" p JOIN "PositionTypes" t ON t."Id" = p."PositionTypeId" WHERE p.{Held}
             """,
            $"""
             SELECT x."Id", x."Name", x."Email", EXISTS (SELECT 1 FROM "AspNetUsers" u WHERE u."PersonId" = x."Id" AND u."DeactivatedAt" IS NULL)
             FROM "Persons" x WHERE x."Id" IN (SELECT "PersonId" FROM "Positions" WHERE {Held})
             """,
            $"""
             SELECT m."Id", m."PlanId", m."Code", m."Text", m."DueOn", m."Status", m."OwnerText", m."OwnerPositionTypeId", m."OwnerBodyId", m."OwnerOrganisationId",
                    p."Title", p."OrganisationId"
             FROM "Measures" m JOIN "Plans" p ON p."Id" = m."PlanId"
             WHERE m."DueOn" >= @from AND m."DueOn" <= @to AND m."Status" IN ({(int)MeasureStatus.NotStarted}, {(int)MeasureStatus.UnderWay}, {(int)MeasureStatus.Postponed})
               AND p."State" IN ({(int)PlanState.Adopted}, {(int)PlanState.Revised})
               AND (m."OwnerPositionTypeId" IS NOT NULL OR m."OwnerBodyId" IS NOT NULL OR m."OwnerOrganisationId" IS NOT NULL)
             """,
            """SELECT * FROM "ReminderPreferences" """,
            """SELECT * FROM "ReminderSettings" """,
            """SELECT "Id", "ParentId", "Name", "ShortName" FROM "Organisations" """,
        ];
        object Date(LocalDate d) => sqlite ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToDateOnly();
        var times = new List<double>();
        var rows = new int[statements.Length];
        for (var round = 0; round < 6; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var s = 0; s < statements.Length; s++)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statements[s];
                foreach (var (parameter, value) in new[] { ("@day", Day), ("@from", window.LookBack), ("@to", window.Horizon) })
                {
                    var p = command.CreateParameter();
                    p.ParameterName = parameter;
                    p.Value = Date(value);
                    command.Parameters.Add(p);
                }
                rows[s] = await ReadAllAsync(command);
            }
            if (round > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        await connection.CloseAsync();
        if (rows[0] == 0 || rows[2] == 0)
        {
            throw new InvalidOperationException("Gulvet fant ingen verv eller tiltak; benken måler feil ting.");
        }
        times.Sort();
        return new Floor(times[times.Count / 2], rows[0], rows[1], rows[2], rows[3]);
    }

    private static async Task<int> ReadAllAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var (count, values) = (0, new object[reader.FieldCount]);
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            count++;
        }
        return count;
    }

    public static void Print(World world, IReadOnlyList<(Floor Floor, List<Measured> Rows)> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"Påminnelser, dag {Day:dd.MM.yyyy}: lagt til {world.People} tillitsvalgte ({world.Users} brukere), {world.Positions} verv, {world.Plans} planer, " +
            $"{world.Measures} tiltak, {world.Preferences} valg.");
        Console.WriteLine("Gulv = rå SQL som leser det kjøringen leser, hver rad (median av 5); kjøringen skriver i tillegg varsler og e-poster.");
        Console.WriteLine($"Krav: én hel kjøring ≤ {TargetSeconds} s; minne: høyst {HostileInputBench.MegabytesAllowed} MB over arbeidssettet før (benkens minnegrense).");
        foreach (var (floor, rows) in runs)
        {
            Console.WriteLine($"Lest på {rows[0].Database}: {floor.Positions} verv på dagen, {floor.People} personer, {floor.Measures} åpne tiltak med eier i vinduet, {floor.Choices} valg.");
        }
        Console.WriteLine($"{"Måling",-48} {"database",-10} {"tid",8} {"spørr.",6} {"DB",8} {"gulv",8} {"tid/g",6} {"topp",7} {"ekstra",7} {"allokert",9}  resultat; krav");
        foreach (var r in runs.SelectMany(r => r.Rows))
        {
            Console.WriteLine($"{r.Name,-48} {r.Database,-10} {r.Seconds,6:0.00} s {r.Queries,6} {r.DatabaseMs,5:0} ms {r.FloorMs,5:0} ms {r.ToFloor,6:0.0} {r.PeakMb,4:0} MB {r.ExtraMb,4:0} MB {r.AllocatedMb,6:0} MB  " +
                $"{r.Result}; ≤ {TargetSeconds} s og ≤ {HostileInputBench.MegabytesAllowed} MB ekstra: {(r.Met ? "OK" : "NEI")}");
        }
    }
}
