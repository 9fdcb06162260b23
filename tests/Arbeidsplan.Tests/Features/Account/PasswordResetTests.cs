using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Arbeidsplan.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Arbeidsplan.Tests.Features.Account;

/// <summary>A reset link goes to the account's own address, after the answer, which is the same for every address.</summary>
public sealed partial class PasswordResetTests : IDisposable
{
    private readonly FakeSmtpServer smtp = new();
    private readonly MailApp app;

    public PasswordResetTests() => app = new MailApp(smtp.Port);

    private sealed class MailApp(int port) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:UseStartTls", "false");
            builder.UseSetting("App:BaseUrl", "https://arbeidsplan.example.no");
        }
    }

    [Fact]
    public async Task Reset_SentToTheAccountsAddress_SetsANewPassword_AndEndsOtherSignIns()
    {
        var world = await app.Register().WorldAsync();
        var signedIn = await app.SignedInClientAsync(world.RegionContactUser);
        var client = app.AnonymousClient();

        var unknown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = "ingen@test.no" });
        var known = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = world.RegionContactUser });

        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        var message = await WaitForMessageAsync();
        Assert.Contains(world.RegionContactUser, message);
        var link = LinkPattern().Match(QuotedPrintable(message)).Value;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        Assert.True(query["kode"] is { Length: > 20 }, message);
        var bad = await client.PostAsJsonAsync("/api/auth/reset-password", new { userId = query["bruker"], token = "feil", newPassword = "Helt-nytt-99" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/auth/reset-password", new { userId = query["bruker"], token = query["kode"], newPassword = "Helt-nytt-99" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { email = world.RegionContactUser, password = "Helt-nytt-99" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await client.PostAsJsonAsync("/api/auth/reset-password", new { userId = query["bruker"], token = query["kode"], newPassword = "Enda-nyere-99" })).StatusCode);
        Assert.Single(smtp.Messages);
    }

    private async Task<string> WaitForMessageAsync()
    {
        for (var i = 0; i < 100 && smtp.Messages.Count == 0; i++)
        {
            await Task.Delay(50);
        }
        return Assert.Single(smtp.Messages);
    }

    /// <summary>The text of a quoted-printable body: soft line breaks joined, =XX bytes decoded as UTF-8.</summary>
    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "").Replace("=\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return System.Text.Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex("https://arbeidsplan\\.example\\.no/nytt-passord\\?[^\\s]+")]
    private static partial Regex LinkPattern();

    public void Dispose()
    {
        app.Dispose();
        smtp.Dispose();
    }
}
