using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// An e-mail decided and written in the same transaction as what caused it, and delivered later by the sender: a mail server that
/// is down loses nothing, and the key keeps a second decision from writing it again. Delivery is at least once: the only window
/// for a duplicate is between the server accepting it and the row being marked sent.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Tries before giving up; with the backoff below the last is about twenty hours after the first.</summary>
    public const int MaxAttempts = 12;

    /// <summary>How long an address whose message bounced gets no e-mail: long enough not to hammer it, short enough to notice a fix.</summary>
    public const int BounceQuietDays = 30;

    private OutboxMessage() => (Key, ToAddress, Subject, TextBody, HtmlBody) = ("", "", "", "", "");

    public OutboxMessage(string key, Guid? personId, Guid? organisationId, ReminderKind? kind, string toAddress, string subject,
        string textBody, string htmlBody, Instant createdAt)
    {
        Id = Guid.CreateVersion7();
        Key = Text.Required(key, nameof(Key), "Nøkkelen", 300);
        (PersonId, OrganisationId, Kind) = (personId, organisationId, kind);
        ToAddress = Text.Required(toAddress, nameof(ToAddress), "Adressen", 254);
        Subject = Text.Required(subject, nameof(Subject), "Emnet", 300);
        (TextBody, HtmlBody) = (textBody, htmlBody);
        CreatedAt = NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public ReminderKind? Kind { get; private set; }
    public string ToAddress { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public string HtmlBody { get; private set; }

    /// <summary>An attachment's file name and content (a meeting's .ics), when there is one.</summary>
    public string? AttachmentName { get; private set; }
    public string? AttachmentContent { get; private set; }

    /// <summary>The signed address that stops this kind of message (the List-Unsubscribe header).</summary>
    public string? UnsubscribeUrl { get; private set; }

    public DeliveryState State { get; private set; }
    public int Attempts { get; private set; }
    public Instant NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? SentAt { get; private set; }

    /// <summary>When a bounce came back for it: the server took it, but the address does not receive mail.</summary>
    public Instant? BouncedAt { get; private set; }

    public OutboxMessage WithAttachment(string name, string content)
    {
        (AttachmentName, AttachmentContent) = (name, content);
        return this;
    }

    public OutboxMessage WithUnsubscribe(string url)
    {
        UnsubscribeUrl = url;
        return this;
    }

    public void MarkSent(Instant at)
    {
        State = DeliveryState.Sent;
        SentAt = at;
        Attempts++;
        LastError = null;
    }

    /// <summary>
    /// A failed try: a refusal the server calls permanent (an address it does not know) gives up at once; anything else waits
    /// 1, 2, 4 … minutes (at most six hours) and tries again, until <see cref="MaxAttempts"/>.
    /// </summary>
    public void MarkFailed(string reason, bool permanent, Instant at)
    {
        Attempts++;
        LastError = reason.Length > 500 ? reason[..500] : reason;
        if (permanent || Attempts >= MaxAttempts)
        {
            State = DeliveryState.Failed;
            return;
        }
        NextAttemptAt = at + Backoff(Attempts);
    }

    public static Duration Backoff(int attempts) => Duration.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), 360));

    /// <summary>
    /// A delivery report came back saying the message never reached the reader, after the server had taken it: it failed for good,
    /// with the report's reason, and its address gets no more e-mail for a while.
    /// </summary>
    public void MarkBounced(string reason, Instant at)
    {
        State = DeliveryState.Failed;
        BouncedAt = at;
        var text = $"Avvist etter levering: {reason}";
        LastError = text.Length > 500 ? text[..500] : text;
    }

    /// <summary>An administrator tries a failed or waiting message again now.</summary>
    public void Retry(Instant at)
    {
        if (State == DeliveryState.Sent)
        {
            throw new RuleViolation(nameof(State), "Meldingen er allerede sendt.");
        }
        State = DeliveryState.Waiting;
        NextAttemptAt = at;
        Attempts = 0;
        BouncedAt = null;
    }
}
