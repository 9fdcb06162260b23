using System.Net.Http.Json;
using Arbeidsplan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Arbeidsplan.Tests.Support;

/// <summary>The real app on a throwaway database, with a clock the test controls.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-passord-1";

    /// <summary>The app on the provider the test run chose (ARBEIDSPLAN_TEST_PROVIDER; SQLite unless it says Postgres).</summary>
    public AppFactory() : this(TestDatabase.ChosenProvider)
    {
    }

    public AppFactory(Provider provider)
    {
        Database = new TestDatabase(provider);
        ownsDatabase = true;
    }

    /// <summary>A second app on another app's database: a restart, or another instance behind the load balancer.</summary>
    public AppFactory(TestDatabase database)
    {
        Database = database;
    }

    private readonly bool ownsDatabase;

    /// <summary>1 June 2026: inside the demo's and the builders' default terms.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 6, 1, 8, 0));

    public TestDatabase Database { get; }

    protected virtual int SignInAttemptsPerAddress => 100_000;

    protected virtual int SignInAttemptsPerAccount => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Arbeidsplan", Database.ConnectionString);
        builder.UseSetting("Logging:Format", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests provoke database errors on purpose (unique numbers, stale versions); EF's own logging of them is noise.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        // Hundreds of sign-ins from one test "address": the limits are tested by their own tests, with their own settings.
        builder.UseSetting("Security:SignInAttemptsPerAddress", SignInAttemptsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:SignInAttemptsPerAccount", SignInAttemptsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The tests run the scheduled jobs themselves (JobRunner.RunDueAsync, after moving the clock), so nothing runs behind their back.
        builder.UseSetting("Jobs:Enabled", "false");
        // The database is migrated before the first request, so a test never meets the page that says the app is starting.
        builder.UseSetting("Startup:PrepareBeforeListening", "true");
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public RegisterBuilder Register() => new(this);

    /// <summary>
    /// The version of a row (any versioned entity, found by its id) as it is now: what a client would have read before it sends a
    /// change, for tests whose subject is not the read.
    /// </summary>
    public async Task<long> VersionAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(Arbeidsplan.Domain.Common.IVersioned).IsAssignableFrom(t.ClrType)))
        {
            if (type.FindPrimaryKey()?.Properties is [{ ClrType: var keyType }] && keyType == typeof(Guid) && await db.FindAsync(type.ClrType, id) is Arbeidsplan.Domain.Common.IVersioned row)
            {
                return row.Version;
            }
        }
        return 0;
    }

    /// <summary>The version of a meeting's minutes (0 before they are started), as the minutes page and API show it.</summary>
    public Task<long> MinutesVersionAsync(Guid meetingId) =>
        WithDbAsync(db => db.Minutes.Where(m => m.MeetingId == meetingId).Select(m => m.Version).SingleOrDefaultAsync());

    /// <summary>A client signed in with a cookie as the given user (with the authenticator code, for administrators).</summary>
    /// <summary>Where the clients below send their requests: the in-memory server, or the real one a browser test started.</summary>
    public Uri ClientBase { get; set; } = new("http://localhost");

    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientBase });
        var response = await LoginAsync(client, "/api/auth/login?useCookies=true", email);
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A client that sends a bearer token, as an integration would: no cookies, so no form tokens either.</summary>
    public async Task<HttpClient> BearerClientAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = ClientBase });
        var response = await LoginAsync(client, "/api/auth/login", email);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The code the user's authenticator app would show now, when the user has two-factor sign-in.</summary>
    public async Task<string?> AuthenticatorCodeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is { TwoFactorEnabled: true } && await users.GetAuthenticatorKeyAsync(user) is { } key ? Totp.Code(key, DateTimeOffset.UtcNow) : null;
    }

    private async Task<HttpResponseMessage> LoginAsync(HttpClient client, string path, string email) =>
        await client.PostAsJsonAsync(path, new { email, password = Password, twoFactorCode = await AuthenticatorCodeAsync(email) });

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientBase });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
