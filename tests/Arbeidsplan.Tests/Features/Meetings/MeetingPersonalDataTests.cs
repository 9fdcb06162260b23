using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>A person's answers to meeting notices are theirs: in the GDPR export, and gone at erasure.</summary>
public sealed class MeetingPersonalDataTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task AnsweredAsync(Guid person)
    {
        var board = await app.Register().BodyAsync(W.BranchA, "Styret i lokallaget");
        await app.WithDbAsync(async db =>
        {
            var start = new LocalDateTime(2026, 6, 10, 19, 0);
            var meeting = new Meeting(board, W.BranchA, "Styremøte juni", start, null, "Kafeen", null);
            db.AddRange(meeting, new Attendance(meeting.Id, person, AttendanceRole.Member, AttendanceAnswer.Absent, "Bortreist", app.Clock.GetCurrentInstant()),
                new StandingInvitee(board, person, null, null, InviteeRight.SpeakAndPropose));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Export_HoldsTheAnswer_WithTheMeeting()
    {
        await AnsweredAsync(W.BranchLeader);
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);

        var own = await liv.GetFromJsonAsync<JsonElement>("/api/me/personal-data");

        var meetings = own.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "Møter").GetProperty("records");
        var values = meetings[0].GetProperty("values");
        Assert.Equal(("Styremøte juni", "10.6.2026", "forfall", "Bortreist"),
            (values.GetProperty("Møte").GetString(), values.GetProperty("Dato").GetString(), values.GetProperty("Svar").GetString(), values.GetProperty("Merknad").GetString()));
        Assert.Contains(meetings.EnumerateArray(), r => r.GetProperty("values").TryGetProperty("Rett", out var right) && right.GetString() == "Tale- og forslagsrett");
    }

    [Fact]
    public async Task Erase_DeletesTheAnswers()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchA, name = "Mari Møtesvar", email = "mari.motesvar@test.no" }));
        await AnsweredAsync(person);
        var admin = await app.SignedInClientAsync(W.Admin);

        var erased = await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Mari Møtesvar" });

        erased.EnsureSuccessStatusCode();
        Assert.False(await app.WithDbAsync(db => db.Attendances.AnyAsync(a => a.PersonId == person)));
        Assert.False(await app.WithDbAsync(db => db.StandingInvitees.AnyAsync(i => i.PersonId == person)));
    }

    [Fact]
    public async Task Erase_PassesTheirFollowUpTasks_ToTheBody_AndRemovesSignaturesAndDisqualifications()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchA, name = "Ola Oppgave", email = "ola.oppgave@test.no" }));
        var board = await app.Register().BodyAsync(W.BranchA, "Styret med oppgaver");
        var task = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting(board, W.BranchA, "Styremøte mai", new LocalDateTime(2026, 5, 20, 19, 0), null, null, null);
            var item = new MeetingCase(meeting, new CaseNumber(1, 2026), CaseKind.Decision, "Vervekampanje", 0);
            var decision = Decision.OnCase(meeting, item, "Kampanjen gjennomføres.", Vote.Unanimous);
            var owned = new FollowUpTask(decision, "Lage vervebrev", new FollowUpOwner(person, null, null, null), new LocalDate(2026, 6, 30));
            db.AddRange(meeting, item, decision, owned, new Disqualification(meeting.Id, item.Id, person), new MinutesSignature(meeting.Id, 1, person, app.Clock.GetCurrentInstant()));
            await db.SaveChangesAsync();
            return owned.Id;
        });
        var admin = await app.SignedInClientAsync(W.Admin);

        var export = await admin.GetStringAsync($"/api/persons/{person}/personal-data");
        var erased = await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Ola Oppgave" });

        Assert.Contains("Lage vervebrev", System.Net.WebUtility.HtmlDecode(export));
        erased.EnsureSuccessStatusCode();
        var kept = await app.WithDbAsync(db => db.FollowUpTasks.SingleAsync(t => t.Id == task));
        Assert.Equal((null, board), (kept.PersonId, kept.OwnerBodyId));
        Assert.False(await app.WithDbAsync(db => db.Disqualifications.AnyAsync(d => d.PersonId == person)));
        Assert.False(await app.WithDbAsync(db => db.MinutesSignatures.AnyAsync(x => x.PersonId == person)));
    }
}
