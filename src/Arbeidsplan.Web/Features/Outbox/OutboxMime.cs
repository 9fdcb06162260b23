using Arbeidsplan.Domain.Reminders;
using MimeKit;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>An outbox row as the e-mail it is: plain text and HTML, an attachment, the unsubscribe headers, and a Message-Id from the row.</summary>
public static class OutboxMime
{
    /// <summary>Our Message-IDs are the row's id at this host, so a bounce that returns the headers leads back to the row.</summary>
    public const string MessageIdHost = "@arbeidsplan";

    public static MimeMessage Build(OutboxMessage m, MailboxAddress from)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(m.ToAddress));
        message.Subject = m.Subject;
        // The same id on every try: a receiving server that sees a retry of a message it took can drop it.
        message.MessageId = m.Id.ToString("N") + MessageIdHost;
        if (m.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail programs show "Avslutt abonnement" and post to the link with one click.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var body = new BodyBuilder { TextBody = m.TextBody, HtmlBody = m.HtmlBody };
        if (m is { AttachmentName: { } name, AttachmentContent: { } content })
        {
            body.Attachments.Add(name, System.Text.Encoding.UTF8.GetBytes(content), ContentType.Parse("text/calendar; charset=utf-8; method=PUBLISH"));
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
