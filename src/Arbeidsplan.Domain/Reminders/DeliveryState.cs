namespace Arbeidsplan.Domain.Reminders;

/// <summary>Where a message in the outbox stands.</summary>
public enum DeliveryState
{
    /// <summary>Not yet accepted by the mail server; tried at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Waiting = 0,

    Sent = 1,

    /// <summary>Given up: the server refused the address, or every retry failed. An administrator can try again.</summary>
    Failed = 2,
}
