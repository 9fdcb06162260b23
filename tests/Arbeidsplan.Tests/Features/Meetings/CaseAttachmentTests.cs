using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// A case's documents: added by those who plan the meeting, of a safe kind whose content matches its name and within the limit,
/// read by those who read the case, so a closed case's documents stay with the body's members.
/// </summary>
public sealed class CaseAttachmentTests(WorldApp app) : IClassFixture<WorldApp>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8];

    private async Task<(Committee C, HttpClient Secretary, Guid Meeting, Guid Case)> CaseAsync(string name, bool closed = false)
    {
        var c = await Committee.CreateAsync(app, name);
        await c.ClientAsync(app, "sekretær", c.Secretary);
        // A file is posted as the API's callers do, with a bearer token: a form sent with the sign-in cookie needs the page's token.
        var secretary = await app.BearerClientAsync(c.Email("sekretær"));
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body);
        var item = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/cases",
            new { kind = "Decision", title = "Budsjett 2027", proposedDecision = "Budsjettet vedtas.", closed }));
        return (c, secretary, meeting, item);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid meeting, Guid item, string name, byte[] content)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        return client.PostAsync($"/api/meetings/{meeting}/cases/{item}/attachments", form);
    }

    private static async Task<JsonElement[]> DocumentsAsync(HttpClient client, Guid meeting, Guid item) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == item).GetProperty("attachments").EnumerateArray()];

    [Fact]
    public async Task Attachment_AddedByThePlanner_IsListedAndDownloaded_ByMembersAndInvitees_AndNamedInTheNotice()
    {
        var (c, secretary, meeting, item) = await CaseAsync("Vedleggsutvalget");

        var added = await UploadAsync(secretary, meeting, item, @"C:\Users\kari\Budsjettforslag 2027.pdf", Pdf);
        var id = await Created(added);
        var guest = await c.ClientAsync(app, "gjest", c.Guest);
        var download = await guest.GetAsync($"/api/meetings/{meeting}/cases/{item}/attachments/{id}");
        var listed = await DocumentsAsync(guest, meeting, item);
        var notice = Docx.Text(await secretary.GetByteArrayAsync($"/api/meetings/{meeting}/notice.docx"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(download.Headers.CacheControl?.NoStore);
        var row = Assert.Single(listed);
        Assert.Equal("Budsjettforslag 2027.pdf", row.GetProperty("fileName").GetString());
        Assert.Contains("Vedlegg", notice);
        Assert.Contains("Budsjettforslag 2027.pdf", notice);

        var removed = await secretary.DeleteAsync($"/api/meetings/{meeting}/cases/{item}/attachments/{id}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(await DocumentsAsync(secretary, meeting, item));
    }

    [Theory]
    [InlineData("program.exe", "MZ", "ikke en filtype som kan legges ved")]
    [InlineData("referat.pdf", "MZ", "ikke en PDF-fil")]
    [InlineData("notat.txt", "\0\u0001binary", "ikke en Tekst-fil")]
    public async Task Attachment_OfARefusedKind_OrWhoseContentDoesNotMatchItsName_IsRefused_AndNothingSaved(string name, string content, string message)
    {
        var (_, secretary, meeting, item) = await CaseAsync($"Filtypeutvalget {name}");

        var refused = await UploadAsync(secretary, meeting, item, name, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        Assert.Empty(await DocumentsAsync(secretary, meeting, item));
    }

    [Fact]
    public async Task Attachment_OverTheLimit_IsRefusedWithTheLimit_AndNothingSaved()
    {
        var (_, secretary, meeting, item) = await CaseAsync("Størrelsesutvalget");
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var refused = await UploadAsync(secretary, meeting, item, "stor.pdf", big);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(body.Contains("større enn 10 MB", StringComparison.Ordinal), body);
        Assert.Empty(await DocumentsAsync(secretary, meeting, item));
    }

    [Fact]
    public async Task Attachment_OfAClosedCase_IsReadByTheBodysMembersOnly_AndAddedByItsPlannersOnly()
    {
        var (c, secretary, meeting, item) = await CaseAsync("Lukketutvalget", closed: true);
        var id = await Created(await UploadAsync(secretary, meeting, item, "lønn.pdf", Pdf));
        await c.ClientAsync(app, "medlem", c.Member);
        var member = await app.BearerClientAsync(c.Email("medlem"));
        var guest = await c.ClientAsync(app, "gjest", c.Guest);

        var byMember = await member.GetAsync($"/api/meetings/{meeting}/cases/{item}/attachments/{id}");
        var byGuest = await guest.GetAsync($"/api/meetings/{meeting}/cases/{item}/attachments/{id}");
        var addedByMember = await UploadAsync(member, meeting, item, "mitt.pdf", Pdf);
        var removedByGuest = await guest.DeleteAsync($"/api/meetings/{meeting}/cases/{item}/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byGuest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, addedByMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedByGuest.StatusCode);
        Assert.Single(await DocumentsAsync(member, meeting, item));
    }
}
