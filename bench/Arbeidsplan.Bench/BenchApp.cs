using System.Globalization;
using System.Data.Common;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Bench;

/// <summary>Counts the SQL commands the app sends, and the time they take from sending until their rows are read.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int count;
    private long ticks;
    private long longest;

    public int Count => count;

    /// <summary>The slowest run of the per-branch aggregation (the command that reads the member counts), the part the hand-written SQL compares with.</summary>
    public TimeSpan Longest => TimeSpan.FromTicks(Interlocked.Read(ref longest));

    public TimeSpan DatabaseTime => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    /// <summary>The slowest command's SQL and parameter values, so the bench can run EF's own SQL directly and tell SQLite's time from EF's.</summary>
    public (string Sql, IReadOnlyList<(string Name, object? Value, SqliteType Type)> Parameters)? LongestCommand { get; private set; }

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref ticks, 0);
        Interlocked.Exchange(ref longest, 0);
    }

    private void Add(TimeSpan duration, bool aggregation)
    {
        Interlocked.Add(ref ticks, duration.Ticks);
        if (!aggregation)
        {
            return;
        }
        long seen;
        while (duration.Ticks > (seen = Interlocked.Read(ref longest)) && Interlocked.CompareExchange(ref longest, duration.Ticks, seen) != seen)
        {
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    // SQLite steps through the rows as they are read, so a reader's time runs until it is disposed, not until it is opened.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        // Only the per-branch aggregation (the command that reads the member counts) is compared with the floor: on a busy machine another
        // command can be the slowest once, and its SQL finds no branches.
        var aggregation = command.CommandText.Contains("\"BranchCounts\"", StringComparison.Ordinal);
        // Kept only on SQLite, where the bench runs it again on the file; on PostgreSQL it meets only the reminder world's inserts of counts.
        if (aggregation && eventData.Duration > Longest && command is SqliteCommand)
        {
            LongestCommand = (command.CommandText, command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.SqliteType)).ToList());
        }
        Add(eventData.Duration, aggregation);
        return base.DataReaderDisposing(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Add(eventData.Duration, aggregation: false);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The real app on a throwaway SQLite file (or a throwaway PostgreSQL database), with an administrator and a plan imported through the API.</summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    private const string Email = "bench@test.no";
    internal const string Password = "Bench-passord-1";

    internal const string AdministratorEmail = Email;
    private readonly string directory = Directory.CreateTempSubdirectory("arbeidsplan-bench").FullName;
    private readonly string? postgresServer;
    private readonly string? postgresDatabase;

    public BenchApp()
    {
    }

    /// <summary>The app on a new database on the PostgreSQL server given (see <see cref="PostgresServer"/>), dropped when the bench is done.</summary>
    public BenchApp(string postgresServer)
    {
        this.postgresServer = postgresServer;
        postgresDatabase = $"bench_{Guid.NewGuid():N}";
        ExecutePostgres(postgresServer, $"CREATE DATABASE {postgresDatabase}");
    }

    /// <summary>ARBEIDSPLAN_BENCH_POSTGRES (else the tests' ARBEIDSPLAN_TEST_POSTGRES): a PostgreSQL server the rows that run on both databases use.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("ARBEIDSPLAN_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_POSTGRES") is { Length: > 0 } test ? test : null;

    public string DatabaseName => postgresDatabase is null ? "SQLite" : "PostgreSQL";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebProjectDirectory());
        if (postgresServer is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Arbeidsplan", new Npgsql.NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase }.ToString());
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Arbeidsplan", $"Data Source={DatabaseFile}");
        }
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Startup:PrepareBeforeListening", "true");
        // The bench times pages, not sign-in: its administrator needs no authenticator app, and its many sign-ins no limit.
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
        builder.UseSetting("Security:SignInAttemptsPerAccount", "1000000");
        builder.UseSetting("Security:SignInAttemptsPerAddress", "1000000");
        if (KeepDatabase)
        {
            // For studying a slow query: the SQL EF sends is logged, and the file is left behind for sqlite3's EXPLAIN QUERY PLAN.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Queries));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Queries));
        });
    }

    /// <summary>Counts the SQL commands the app sends, for «queries per request».</summary>
    public QueryCounter Queries { get; } = new();

    public string DatabaseFile => Path.Combine(directory, "bench.db");

    /// <summary>ARBEIDSPLAN_BENCH_KEEP=1 keeps the database file and logs the SQL.</summary>
    public static bool KeepDatabase => Environment.GetEnvironmentVariable("ARBEIDSPLAN_BENCH_KEEP") == "1";

    public async Task<HttpClient> SignedInClientAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<FirstRunService>()
                .CreateAdministratorAsync(new FirstRunInput { Email = Email, Password = Password, LoadDemo = false });
            if (!created.IsOk)
            {
                throw new InvalidOperationException(created.Message);
            }
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Organisations.Add(new Arbeidsplan.Domain.Register.Organisation("Benkfylke", Arbeidsplan.Domain.Register.OrganisationKind.County, null));
            await db.SaveChangesAsync();
        }
        return await SignedInClientAsync(Email);
    }

    /// <summary>A client signed in as a user made with <see cref="AddUserAsync"/> (or the administrator).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A client with the administrator's bearer token, as an integration uploads files (no cookie, so no form token).</summary>
    public async Task<HttpClient> BearerClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A user for a person in the register: what they see follows from the positions the person holds.</summary>
    public async Task<string> AddUserAsync(Guid personId, string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId }, Password);
        return created.Succeeded ? email : throw new InvalidOperationException(string.Join(", ", created.Errors.Select(e => e.Description)));
    }

    /// <summary>A plan of ten chapters, each with a table of coded measures, imported as a user would.</summary>
    public static async Task<Guid> ImportPlanAsync(HttpClient client, int measures)
    {
        var organisations = await client.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var organisation = organisations![0].GetProperty("id").GetGuid();
        string[] timings = ["innen 1. juli 2026", "Mars, årlig", "hver tirsdag", "Første halvår 2026", "Kontinuerlig", "før årsskiftet", "snarest"];
        var text = new StringBuilder("Arbeidsplan 2026\n");
        for (var chapter = 1; chapter <= 10; chapter++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{chapter}. Kapittel {chapter}").AppendLine("Tekst om arbeidet i kapitlet, med mål for året.");
            text.AppendLine("Nr\tTiltak\tAnsvar\tGjennomføring");
            for (var i = 1; i <= measures / 10; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{chapter}.{i}\tTiltak nummer {i} i kapittel {chapter} om verving og studier\tFylkesstyret\t{timings[(chapter + i) % timings.Length]}");
            }
        }
        var response = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = organisation, text = text.ToString(), apply = true });
        response.EnsureSuccessStatusCode();
        var planId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var total = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/measures")).GetProperty("total").GetInt32();
        // A benchmark of the wrong thing is worse than none: make sure the plan is as big as asked.
        return total == measures ? planId : throw new InvalidOperationException($"Planen fikk {total} tiltak, ikke {measures}.");
    }

    /// <summary>A county's year: single events in every month imported as a date plan table, and series added through the API.</summary>
    public static async Task<(Guid Organisation, Guid SeriesId)> ImportDatePlanAsync(HttpClient client, int events, int series)
    {
        var organisations = await client.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var organisation = organisations![0].GetProperty("id").GetGuid();
        string[] activities = ["Fylkesstyremøte", "Regionmøte, Hedmarken", "Kurs for kasserere, Teams", "Fylkesting", "Aksjonsdag", "Studiering, Scandic Hamar"];
        var text = new StringBuilder("Datoplan 2026\nMåned\tDato\tAktivitet\n");
        for (var month = 1; month <= 12; month++)
        {
            var perMonth = events / 12 + (month <= events % 12 ? 1 : 0);
            for (var i = 0; i < perMonth; i++)
            {
                var day = 1 + i * 27 / Math.Max(1, perMonth);
                var cell = i % 5 == 0 && day < 27 ? $"{day}.-{day + 1}." : $"{day}.";
                text.AppendLine(CultureInfo.InvariantCulture, $"{(i == 0 ? Arbeidsplan.Domain.Plans.NorwegianDates.MonthName(month) : "")}\t{cell}\t{activities[(month + i) % activities.Length]} nr. {i + 1}");
            }
        }
        var response = await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = organisation, year = 2026, text = text.ToString(), apply = true });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        }
        var other = Arbeidsplan.Domain.DatePlan.EventKind.IdOf(Arbeidsplan.Domain.DatePlan.EventKind.Other);
        var seriesId = Guid.Empty;
        for (var i = 0; i < series; i++)
        {
            var created = await client.PostAsJsonAsync("/api/events", new
            {
                organisationId = organisation, kindId = other, title = $"Fast møte {i + 1}", startDate = $"2026-01-{5 + i % 20:00}", startTime = "08:00", endTime = "09:00",
                repeat = new { frequency = "Weekly", interval = 1 + i % 2, until = "2026-12-18" },
            });
            created.EnsureSuccessStatusCode();
            seriesId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        var items = (await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={organisation}&year=2026")).GetProperty("months")
            .EnumerateArray().Sum(m => m.GetProperty("items").GetArrayLength());
        // A benchmark of the wrong thing is worse than none: make sure the year is as full as asked.
        return items >= events + series * 20 ? (organisation, seriesId) : throw new InvalidOperationException($"Året fikk {items} rader, for få.");
    }

    internal static string WebProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Arbeidsplan.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Fant ikke Arbeidsplan.slnx over benken."), "src", "Arbeidsplan.Web");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgresServer is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (!KeepDatabase)
            {
                ExecutePostgres(postgresServer, $"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
            }
        }
        if (KeepDatabase)
        {
            Console.WriteLine($"Databasen er beholdt: {(postgresServer is null ? DatabaseFile : $"PostgreSQL-databasen {postgresDatabase}")}");
            return;
        }
        Directory.Delete(directory, recursive: true);
    }

    private static void ExecutePostgres(string server, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
