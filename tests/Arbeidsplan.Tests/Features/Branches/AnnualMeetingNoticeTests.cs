using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Branches;

/// <summary>A branch's annual-meeting notice is written from the date plan, as text and Word, for the board to send itself.</summary>
public sealed class AnnualMeetingNoticeTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Notice_HasTheMeetingFromTheDatePlan_TheDayToSendBy_AndTheAgenda_AndIsOutOfSightOfOthers()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.BranchA, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Årsmøte", place = "Grendehuset", visibility = "Public",
            startDate = "2027-02-10", startTime = "19:00", endTime = "21:30",
        }));

        var notice = await kari.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}/annual-meeting-notice");
        var word = Docx.Text(await kari.GetByteArrayAsync($"/api/branches/{W.BranchA}/annual-meeting-notice.docx"));
        var other = await (await app.SignedInClientAsync(W.OtherCountyLeaderUser)).GetAsync($"/api/branches/{W.BranchA}/annual-meeting-notice");

        var text = notice.GetProperty("text").GetString()!;
        Assert.Equal("2027-01-27", notice.GetProperty("sendBy").GetString());
        Assert.Contains("Tid: 10.2.2027 kl. 19:00", text);
        Assert.Contains("Sted: Grendehuset", text);
        Assert.Contains("Årsmelding for 2026", text);
        Assert.Contains("tellekorps", word);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
