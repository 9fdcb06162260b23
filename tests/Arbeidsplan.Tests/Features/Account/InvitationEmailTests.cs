using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Arbeidsplan.Tests.Features.Account;

public sealed class InvitationEmailTests : IDisposable
{
    private readonly FakeSmtpServer smtp = new();
    private readonly MailApp app;

    public InvitationEmailTests() => app = new MailApp(smtp.Port);

    private sealed class MailApp(int port) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:UseStartTls", "false");
            builder.UseSetting("Email:From", "fylkeskontoret@test.no");
            builder.UseSetting("App:BaseUrl", "https://arbeidsplan.example.no/");
        }
    }

    [Fact]
    public async Task Invite_WithSmtpConfigured_SendsTheLinkByEmail()
    {
        var world = await app.Register().WorldAsync();
        var person = await app.Register().PersonAsync("Ella Epost", world.County, "ella@test.no");
        var client = await app.SignedInClientAsync(world.CountyLeaderUser);

        var response = await client.PostAsJsonAsync("/api/invitations", new { personId = person });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("emailSent").GetBoolean());
        // The secret goes to its owner only: the inviter gets no link back once it has been e-mailed.
        Assert.Equal(JsonValueKind.Null, body.GetProperty("link").ValueKind);
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("ella@test.no", message);
        Assert.Contains("https://arbeidsplan.example.no/invitasjon/", message.Replace("=\r\n", "").Replace("\r\n", ""));
    }

    public void Dispose()
    {
        app.Dispose();
        smtp.Dispose();
    }
}
