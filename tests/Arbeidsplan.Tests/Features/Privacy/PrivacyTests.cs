using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Privacy;

/// <summary>A person's data: exported to themselves and administrators; erased by an administrator, with what was not changed reported.</summary>
public sealed class PrivacyTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Export_ForThePersonAndAnAdministrator_HoldsEveryPart_AndNobodyElseGetsIt()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        await Created(await liv.PostAsJsonAsync($"/api/branches/{W.BranchA}/contacts", new { on = "2026-05-20", channel = "Phone", note = "Ringte om årsmøtet" }));

        var own = await liv.GetFromJsonAsync<JsonElement>("/api/me/personal-data");
        var byAdmin = await (await app.SignedInClientAsync(W.Admin)).GetFromJsonAsync<JsonElement>($"/api/persons/{W.BranchLeader}/personal-data");
        var byCountyLeader = await (await app.SignedInClientAsync(W.CountyLeaderUser)).GetAsync($"/api/persons/{W.BranchLeader}/personal-data");

        var sections = own.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("section").GetString()!, s => s.GetProperty("records"));
        Assert.Equal("Liv Lokalleder", sections["Personen i registeret"][0].GetProperty("values").GetProperty("Navn").GetString());
        Assert.Equal("Leder", sections["Verv"][0].GetProperty("values").GetProperty("Verv").GetString());
        Assert.Contains(sections["Oppfølging av lokallag"].EnumerateArray(), r => r.GetProperty("values").GetProperty("Notat").GetString() == "Ringte om årsmøtet");
        Assert.True(sections["Bruker og innlogging"].GetArrayLength() > 0);
        Assert.Equal(own.GetProperty("sections").GetArrayLength(), byAdmin.GetProperty("sections").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, byCountyLeader.StatusCode);
    }

    [Fact]
    public async Task Erase_AnonymisesEndsRemovesAndPseudonymises_AndReportsFreeText()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchB, name = "Sigurd Slettes", email = "sigurd@test.no", phone = "98765432" }));
        await Created(await kari.PostAsJsonAsync("/api/positions", new { personId = person, positionTypeId = W.BoardMember, organisationId = W.BranchB, from = "2026-02-01" }));
        await app.Register().UserAsync("sigurd@test.no", person);
        var sigurd = await app.SignedInClientAsync("sigurd@test.no");
        await Created(await sigurd.PostAsJsonAsync($"/api/branches/{W.BranchB}/contacts", new { on = "2026-05-20", channel = "Meeting", note = "Møte med styret" }));
        await Created(await kari.PostAsJsonAsync($"/api/branches/{W.BranchB}/flags", new { reasons = new[] { "Finances" }, note = "Sigurd Slettes følger opp regnskapet" }));
        var admin = await app.SignedInClientAsync(W.Admin);

        var wrong = await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Noen andre" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kari.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Sigurd Slettes" })).StatusCode);
        var report = await (await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Sigurd Slettes" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains(report.GetProperty("notChanged").EnumerateArray(), line => line.GetString()!.Contains("følger opp regnskapet"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await sigurd.GetAsync("/api/me")).StatusCode);
        await app.WithDbAsync(async db =>
        {
            var erased = await db.Persons.SingleAsync(p => p.Id == person);
            Assert.Equal(("Slettet person", (string?)null, (string?)null), (erased.Name, erased.Email, erased.Phone));
            Assert.False(await db.Users.AnyAsync(u => u.PersonId == person));
            Assert.True(await db.Positions.Where(p => p.PersonId == person).AllAsync(p => p.Term.To != null));
            Assert.Equal("Slettet person", (await db.ContactEntries.SingleAsync(c => c.Note == "Møte med styret")).ByName);
            var log = await db.AuditEntries.ToListAsync();
            Assert.DoesNotContain(log, a => a.Actor == "sigurd@test.no" || (a.Before + a.After).Contains("Sigurd Slettes") || (a.Before + a.After).Contains("98765432"));
            Assert.Contains(log, a => a.EntityType == "PersonErased" && a.EntityId == person && a.Actor == W.Admin);
        });
    }
}
