using MimeKit;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>What a bounce says: which of our messages it is about, and why the address did not take it.</summary>
public sealed record DeliveryReport(Guid MessageId, string Reason)
{
    /// <summary>
    /// Reads a delivery status notification (RFC 3464: multipart/report; report-type=delivery-status) that says a recipient
    /// <c>failed</c>, and finds our message by the Message-ID in the returned headers. Anything else (a delay notice, an
    /// out-of-office reply that quotes the message, a report of another sender's mail) is not a bounce and reads as null.
    /// </summary>
    public static DeliveryReport? Read(MimeMessage mail)
    {
        var report = mail.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        var original = mail.BodyParts.OfType<MessagePart>().Select(p => p.Message).FirstOrDefault(m => m is not null);
        if (report is null || original is null || !TryOurs(original.MessageId, out var id))
        {
            return null;
        }
        // The first group is about the message, each later one about a recipient.
        var failed = report.StatusGroups.Skip(1)
            .FirstOrDefault(g => string.Equals(g["Action"]?.Trim(), "failed", StringComparison.OrdinalIgnoreCase));
        if (failed is null)
        {
            return null;
        }
        var status = failed["Status"]?.Trim();
        var diagnostic = failed["Diagnostic-Code"]?.Trim();
        var reason = string.Join(" ", new[] { status, Clean(diagnostic) }.Where(s => !string.IsNullOrEmpty(s)));
        return new DeliveryReport(id, reason.Length > 0 ? reason : "adressen tok ikke imot meldingen");
    }

    private static bool TryOurs(string? messageId, out Guid id)
    {
        id = Guid.Empty;
        const string Host = OutboxMime.MessageIdHost;
        return messageId is { } m && m.EndsWith(Host, StringComparison.OrdinalIgnoreCase) && Guid.TryParseExact(m[..^Host.Length], "N", out id);
    }

    /// <summary>"smtp; 550 5.1.1 … user unknown" as one line without the type.</summary>
    private static string? Clean(string? diagnostic)
    {
        if (diagnostic is null)
        {
            return null;
        }
        var text = string.Join(" ", diagnostic.Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.IndexOf(';') is var semi and >= 0 and < 12 ? text[(semi + 1)..].Trim() : text;
    }
}
