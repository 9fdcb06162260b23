using System.Net.Http.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// A body of the test world's county of its own, so each test numbers its own series: a leader, a secretary, two members (one
/// without e-mail), two deputies in order and a standing invitee with the right to speak and propose.
/// </summary>
public sealed record Committee(Guid Body, Guid Leader, Guid Secretary, Guid Member, Guid Silent, Guid Deputy1, Guid Deputy2, Guid Guest, string Slug)
{
    public string Email(string who) => $"{Ascii(who)}.{Slug}@test.no";

    /// <summary>The user names take letters a–z only: «sekretær» is «sekretaer» in an address.</summary>
    public static string Ascii(string text) => text.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
        .Replace("å", "a", StringComparison.Ordinal).Replace(' ', '-');

    /// <summary>A client signed in as one of the committee's people, with a user made for them.</summary>
    public async Task<HttpClient> ClientAsync(AppFactory app, string who, Guid person)
    {
        var email = Email(who);
        await app.Register().UserAsync(email, person);
        return await app.SignedInClientAsync(email);
    }

    public static Task<Committee> CreateAsync(WorldApp app, string name) => CreateAsync(app, app.World, name);

    public static async Task<Committee> CreateAsync(AppFactory app, World w, string name)
    {
        var r = app.Register();
        var body = await r.BodyAsync(w.County, name);
        var slug = Ascii(name);
        async Task<Guid> Seat(string who, Guid type, bool email = true)
        {
            var person = await r.PersonAsync($"{who} {name}", w.County, email ? $"{Ascii(who)}.{slug}@test.no" : null);
            await r.PositionAsync(person, type, body: body);
            return person;
        }
        var secretaryType = await r.PositionTypeAsync(w.National, $"Sekretær {name}", ScopeKind.OwnUnit);
        var deputyType = await r.PositionTypeAsync(w.National, $"Varamedlem {name}", ScopeKind.OwnUnit);
        var leader = await Seat("Leder", w.Leader);
        var secretary = await Seat("Sekretær", secretaryType);
        var member = await Seat("Medlem", w.BoardMember);
        var silent = await Seat("Uten", w.BoardMember, email: false);
        var deputy1 = await Seat("Vara1", deputyType);
        var deputy2 = await Seat("Vara2", deputyType);
        var guest = await r.PersonAsync($"Gjest {name}", w.County, $"gjest.{slug}@test.no");
        var kari = await app.SignedInClientAsync(w.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync($"/api/bodies/{body}/invitees", new { personId = guest, right = "SpeakAndPropose" }));
        return new Committee(body, leader, secretary, member, silent, deputy1, deputy2, guest, slug);
    }

    public static Task<Guid> MeetingAsync(WorldApp app, HttpClient client, Guid body, string title = "Styremøte", string date = "2027-01-12") =>
        MeetingAsync(app.World, client, body, title, date);

    public static async Task<Guid> MeetingAsync(World w, HttpClient client, Guid body, string title = "Styremøte", string date = "2027-01-12") =>
        await Created(await client.PostAsJsonAsync("/api/meetings", new
        {
            organisationId = w.County, bodyId = body, title, date, startTime = "18:00", endTime = "21:00", place = "Hamar",
            noticeDeadline = date == "2027-01-12" ? "2026-12-29" : null,
        }));
}
