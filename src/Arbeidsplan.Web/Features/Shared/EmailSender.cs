using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Arbeidsplan.Web.Features.Shared;

public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "arbeidsplan@localhost";

    /// <summary>The envelope sender (Return-Path), where bounces go; the outbox reads them from Outbox:BounceMaildir. From when not set.</summary>
    public string? BounceAddress { get; set; }

    /// <summary>Seconds to wait for the server before a try counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>What became of one message handed to the mail server.</summary>
public sealed record Delivery(bool Sent, bool Permanent, string? Reason)
{
    public static readonly Delivery Ok = new(true, false, null);
}

/// <summary>
/// Sends e-mail through the configured SMTP server (MailKit). Invitations and resets are sent at once (a secret is not kept in the
/// outbox); reminders go through the outbox and its sender, which reads the result to retry or give up.
/// </summary>
public sealed class EmailSender(IOptions<EmailOptions> options, ILogger<EmailSender> logger)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.SmtpHost);

    public MailboxAddress From => MailboxAddress.Parse(options.Value.From);

    public async Task<bool> TrySendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        if (!IsConfigured)
        {
            return false;
        }
        var message = new MimeMessage();
        message.From.Add(From);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        var delivery = await SendAsync(message, ct);
        if (!delivery.Sent)
        {
            logger.LogWarning("Could not send e-mail {Subject} to {Recipient}: {Reason}", subject, to, delivery.Reason);
        }
        return delivery.Sent;
    }

    /// <summary>
    /// Hands one message to the server. A refusal of the recipient or the message (a 5xx answer) is permanent; a server that is down,
    /// slow or answers 4xx is not, and the caller may try again.
    /// </summary>
    public async Task<Delivery> SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return new Delivery(false, false, "Ingen e-postserver er satt opp (Email:SmtpHost).");
        }
        var o = options.Value;
        try
        {
            using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
            await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, o.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }
            if (o.BounceAddress is { Length: > 0 } bounce)
            {
                await client.SendAsync(message, MailboxAddress.Parse(bounce), message.To.Mailboxes, ct);
            }
            else
            {
                await client.SendAsync(message, ct);
            }
            await client.DisconnectAsync(true, ct);
            return Delivery.Ok;
        }
        catch (SmtpCommandException e)
        {
            // Only a refusal of this recipient or this message is the message's own fault; a refused sender or login is the server's set-up.
            var permanent = (int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;
            var what = e.ErrorCode switch
            {
                SmtpErrorCode.RecipientNotAccepted => "Mottakeren ble avvist",
                SmtpErrorCode.SenderNotAccepted => "Avsenderen ble avvist",
                _ => "Meldingen ble avvist",
            };
            return new Delivery(false, permanent, $"{what} av e-postserveren ({(int)e.StatusCode}): {e.Message}");
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or TimeoutException
            or SslHandshakeException)
        {
            return new Delivery(false, false, $"E-postserveren svarte ikke ({e.GetType().Name}): {e.Message}");
        }
    }
}
