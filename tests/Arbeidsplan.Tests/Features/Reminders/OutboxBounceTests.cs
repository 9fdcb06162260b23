using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Outbox;
using MimeKit;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A bounce that comes back after the server took the message: read from the bounce Maildir, shown in the outbox, and heeded.</summary>
public sealed class OutboxBounceTests : IDisposable
{
    private static readonly LocalDate Due = new(2026, 9, 10);
    private readonly string maildir = Path.Combine(Path.GetTempPath(), "ap-bounces-" + Guid.NewGuid().ToString("N"));

    public OutboxBounceTests() => Directory.CreateDirectory(Path.Combine(maildir, "new"));

    public void Dispose() => Directory.Delete(maildir, recursive: true);

    /// <summary>A bounce in the shape Postfix writes one: the report, then the returned headers.</summary>
    private static string Bounce(string to, Guid messageId, string action = "failed", string status = "5.1.1") => $"""
        Return-Path: <>
        From: MAILER-DAEMON@mx.example.no (Mail Delivery System)
        To: {ReminderApp.BounceAddress}
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

        --B1
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mx.example.no. Your message could not be delivered.

        --B1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.no
        Arrival-Date: Thu,  3 Sep 2026 09:00:02 +0200 (CEST)

        Final-Recipient: rfc822; {to}
        Original-Recipient: rfc822;{to}
        Action: {action}
        Status: {status}
        Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected:
            User unknown in virtual mailbox table

        --B1
        Content-Type: text/rfc822-headers

        From: paminnelser@test.no
        To: {to}
        Subject: =?utf-8?q?P=C3=A5minnelse?=
        Message-ID: <{messageId:N}@arbeidsplan>

        --B1--
        """;

    [Fact]
    public async Task BounceAfterAcceptance_MarksTheMessageFailedWithTheReason_AndTheAddressGetsNoMoreMail()
    {
        await using var app = new ReminderApp { BounceMaildir = maildir };
        var scene = await ReminderScene.BuildAsync(app);
        var owner = new MeasureOwner("Nestleder", PositionTypeId: scene.Type);
        await ReminderFixtures.MeasureAsync(app, scene.County, owner, Due);
        await app.DecideAsync(Due.PlusDays(-7));
        await app.DeliverAsync();
        var mail = Assert.Single(await RealSmtpServer.WaitForAsync(scene.Email, 1));
        Assert.Equal(ReminderApp.BounceAddress, mail.Headers["X-MailFrom"]);
        var sent = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        await File.WriteAllTextAsync(Path.Combine(maildir, "new", "1.bounce"), Bounce(scene.Email, sent.Id));
        await File.WriteAllTextAsync(Path.Combine(maildir, "new", "2.other"), Bounce(scene.Email, Guid.NewGuid()));

        Assert.True(await app.Runner.RunNowAsync("outbox-bounces"));

        var bounced = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        Assert.Equal(DeliveryState.Failed, bounced.State);
        Assert.Equal("Avvist etter levering: 5.1.1 550 5.1.1 <" + scene.Email + ">: Recipient address rejected: User unknown in virtual mailbox table", bounced.LastError);
        Assert.Empty(Directory.GetFiles(Path.Combine(maildir, "new")));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(maildir, "cur")).Length);

        await ReminderFixtures.MeasureAsync(app, scene.County, owner, Due.PlusDays(14), "Lage vervebrosjyre");
        var (notified, mailed) = await app.DecideAsync(Due.PlusDays(7));
        Assert.Equal((2, 0), (notified, mailed));
    }

    [Fact]
    public void Read_DelayNotice_OrAnswerQuotingTheMessage_IsNoBounce()
    {
        var id = Guid.NewGuid();
        MimeMessage Parse(string text) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))));

        Assert.Equal(id, DeliveryReport.Read(Parse(Bounce("a@b.no", id)))!.MessageId);
        Assert.Null(DeliveryReport.Read(Parse(Bounce("a@b.no", id, "delayed", "4.4.1"))));
        Assert.Null(DeliveryReport.Read(Parse($"""
            From: a@b.no
            To: {ReminderApp.BounceAddress}
            Subject: Fraværende: Påminnelse
            In-Reply-To: <{id:N}@arbeidsplan>
            Content-Type: text/plain

            Jeg er på ferie til 1. september.
            """)));
    }
}
