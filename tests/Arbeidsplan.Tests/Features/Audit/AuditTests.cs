using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Audit;

public sealed class AuditTests(WorldApp app) : IClassFixture<WorldApp>
{
    // Types the log leaves out, each with why: bookkeeping, bulk data summed up in its import's entry, or the log itself.
    private static readonly Dictionary<string, string> Exempt = new()
    {
        ["AuditEntry"] = "the log itself",
        ["UserSession"] = "sign-in bookkeeping; a sign-in changes nothing anyone owns",
        ["BranchCount"] = "written in bulk with its import, whose entry counts them",
        ["BranchRoll"] = "written and deleted in bulk; the import writes one entry for them",
        ["MemberContact"] = "written and deleted in bulk; the import writes one entry for them",
        ["PlanRevision"] = "itself an immutable record of a plan version",
        ["EventKind"] = "built-in reference data set by the migrations",
        ["OutboxMessage"] = "written by the System with the reminder it carries, and itself a log of what was sent; an administrator's retry writes an entry",
        ["Notification"] = "written by the System with its reminder; reading one changes nothing anyone owns",
        ["JobLease"] = "the job runner's bookkeeping",
        ["DataProtectionKey"] = "the key ring, written by the framework; key material must never reach the log",
        ["IdentityRole"] = "no roles are used",
        ["IdentityUserClaim<string>"] = "no claims are stored",
        ["IdentityUserLogin<string>"] = "no external sign-ins",
        ["IdentityUserToken<string>"] = "holds the authenticator key, which must never reach the log",
        ["IdentityRoleClaim<string>"] = "no roles are used",
        ["IdentityUserRole<string>"] = "no roles are used",
    };

    [Fact]
    public async Task EveryStoredType_IsAudited_OrExemptWithAReason()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var missing = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !typeof(IAudited).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.IsGenericType ? $"{t.ClrType.Name.Split('`')[0]}<string>" : t.ClrType.Name)
            .Where(name => !Exempt.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, "Neither audited nor exempt: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryAuditedType_HasANorwegianName_ForTheAuditPage()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var unnamed = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IAudited).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name).Where(name => !AuditText.HasName(name)).Order().ToList();

        Assert.True(unnamed.Count == 0, "Shown by their English type names on the audit page: " + string.Join(", ", unnamed));
    }

    [Fact]
    public async Task Api_ShowsEntriesInNorwegian_WithIsoTimesAndTheActorsIds()
    {
        var kari = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        var region = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/regions", new { organisationId = app.World.County, name = "Øst" }));
        var admin = await app.SignedInClientAsync(app.World.Admin);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?entityId={region}");

        var entry = page.GetProperty("items")[0];
        Assert.Equal("2026-06-01T08:00:00Z", entry.GetProperty("at").GetString());
        Assert.Equal("Region", entry.GetProperty("type").GetString());
        Assert.Equal("Opprettet", entry.GetProperty("actionLabel").GetString());
        Assert.Equal(app.World.CountyLeader, entry.GetProperty("actorPersonId").GetGuid());
        Assert.Contains(entry.GetProperty("changes").EnumerateArray(), c => c.GetProperty("label").GetString() == "Navn" && c.GetProperty("after").GetString() == "Øst");
        var html = await admin.GetStringAsync($"/revisjonslogg?id={region}");
        Assert.Contains("1.6.2026 10:00", html);
        Assert.Contains("Opprettet: Region", html);
    }

    [Fact]
    public void Changes_AreReadInNorwegian_WithDatesAsDates()
    {
        var changes = AuditText.Changes("""{"Name":"Kari","Term.From":"2026-02-15","IsAdministrator":"False"}""",
            """{"Name":"Kari Nordmann","Term.From":"2026-02-15","IsAdministrator":"True","DeactivatedAt":"2026-06-01T08:00:00Z"}""");

        Assert.Equal(["Navn: Kari → Kari Nordmann", "Systemadministrator: nei → ja", "Deaktivert:  → 1.6.2026 10:00"],
            changes.Select(c => $"{c.Label}: {c.Before} → {c.After}").ToList());
    }

    [Fact]
    public async Task Retention_DeletesEntriesOlderThanTheSetting_AndSaysSo()
    {
        await using var other = new AppFactory();
        await other.Register().OrganisationAsync("Gammelt fylke", Arbeidsplan.Domain.Register.OrganisationKind.County);
        var before = await other.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries));
        var retention = other.Services.GetRequiredService<AuditRetention>();
        await using var scope = other.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem(retention.Label);

        Assert.Equal(0, await retention.DeleteOlderThanAsync(scope.ServiceProvider, Duration.FromDays(1), CancellationToken.None));
        var deleted = await retention.DeleteOlderThanAsync(scope.ServiceProvider, Duration.FromSeconds(-60), CancellationToken.None);

        Assert.Equal(before, deleted);
        var left = await other.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries));
        Assert.Equal("AuditEntry", Assert.Single(left).EntityType);
    }
}
