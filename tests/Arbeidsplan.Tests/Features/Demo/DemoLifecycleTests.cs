using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Account;
using Arbeidsplan.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Features.Demo;

/// <summary>The demo stays demo: off by default, switched off by a real administrator, and removable from a database.</summary>
// One demo load at a time: each takes most of a core, and the browser tests run beside them.
[Collection("Demo")]
public sealed class DemoLifecycleTests
{
    [Fact]
    public void FirstRun_LoadsNoDemoUnlessAskedFor()
    {
        Assert.False(new FirstRunInput().LoadDemo);
    }

    [Fact]
    public async Task FirstRealAdministrator_SwitchesOffEveryDemoAccount_WhoIsToldWhy()
    {
        await using var app = new AppFactory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<FirstRunService>()
                .CreateAdministratorAsync(new FirstRunInput { Email = "ekte@test.no", Password = AppFactory.Password, LoadDemo = true });
            Assert.True(outcome.IsOk, outcome.Message);
        }

        var demoAdmin = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email = DemoLoader.AdministratorEmail, password = DemoLoader.DemoPassword });

        Assert.Equal(HttpStatusCode.Forbidden, demoAdmin.StatusCode);
        Assert.Contains("ekte administrator", (await demoAdmin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.DoesNotContain(DemoLoader.AdministratorEmail, await app.AnonymousClient().GetStringAsync("/logg-inn"));
        await using var again = app.Services.CreateAsyncScope();
        var second = await again.ServiceProvider.GetRequiredService<FirstRunService>()
            .CreateAdministratorAsync(new FirstRunInput { Email = "ny@test.no", Password = AppFactory.Password });
        Assert.False(second.IsOk);
    }

    [Fact]
    public async Task RemovingTheDemo_LeavesOnlyWhatIsNotDemo()
    {
        await using var app = new AppFactory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync();
        }
        var mine = await app.Register().OrganisationAsync("Vårt eget parti", Arbeidsplan.Domain.Register.OrganisationKind.National);
        await app.Register().UserAsync("eier@test.no", administrator: true);
        var admin = await app.SignedInClientAsync("eier@test.no");

        var removed = await admin.PostAsync("/api/demo/remove", null);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await app.WithDbAsync(async db =>
        {
            Assert.Equal([mine], await db.Organisations.Select(o => o.Id).ToListAsync());
            Assert.False(await db.Users.AnyAsync(u => u.IsDemo));
            Assert.False(await db.Persons.AnyAsync());
            Assert.False(await db.Plans.AnyAsync() || await db.Events.AnyAsync() || await db.MemberSnapshots.AnyAsync() || await db.StudyCircles.AnyAsync());
            Assert.False(await db.SystemSettings.AnyAsync(s => s.Key.StartsWith("demo-")));
            Assert.True(await db.Municipalities.AnyAsync());
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Demo" && a.Action == "Deleted"));
        });
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/demo/remove", null)).StatusCode);
    }
}
