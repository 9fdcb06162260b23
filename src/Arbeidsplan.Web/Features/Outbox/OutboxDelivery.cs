using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>
/// Hands waiting messages to the mail server, oldest first, and marks each as it goes: sent, or failed with the reason and a later
/// try (<see cref="OutboxMessage.MarkFailed"/>). A process that dies between the server's acceptance and the mark sends that one
/// message again at the next run: delivery is at least once. Without an SMTP server nothing is tried and the messages wait.
/// </summary>
public sealed class OutboxDelivery(EmailSender email, IClock clock, IConfiguration configuration) : ScheduledJob
{
    /// <summary>A run stops taking new messages after this, well inside its lease.</summary>
    private static readonly Duration RunBudget = Duration.FromMinutes(3);

    public override string Name => "outbox-delivery";

    public override string Label => "Utsending av e-post";

    public override JobSchedule Schedule => JobSchedule.Interval(Duration.FromSeconds(Math.Max(1, configuration.GetValue("Outbox:IntervalSeconds", 60))));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        if (!email.IsConfigured)
        {
            return "Ingen e-postserver er satt opp";
        }
        var db = services.GetRequiredService<AppDbContext>();
        var started = clock.GetCurrentInstant();
        var (sent, failed) = (0, 0);
        while (clock.GetCurrentInstant() - started < RunBudget && !ct.IsCancellationRequested)
        {
            var now = clock.GetCurrentInstant();
            var batch = await db.OutboxMessages.Where(m => m.State == DeliveryState.Waiting && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(20).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var message in batch)
            {
                var delivery = await DeliverAsync(message, ct);
                if (delivery.Sent)
                {
                    message.MarkSent(clock.GetCurrentInstant());
                    sent++;
                }
                else
                {
                    message.MarkFailed(delivery.Reason ?? "Ukjent feil", delivery.Permanent, clock.GetCurrentInstant());
                    failed++;
                }
                // Each mark is saved at once, so a crash resends at most the message in hand.
                await db.SaveChangesAsync(CancellationToken.None);
                if (!delivery.Sent && !delivery.Permanent || clock.GetCurrentInstant() - started >= RunBudget)
                {
                    // The server is down or slow: the rest wait for the next run instead of each waiting for the timeout.
                    return $"{sent} sendt, {failed} feilet";
                }
            }
        }
        return $"{sent} sendt, {failed} feilet";
    }

    /// <summary>One message; one that cannot be made into an e-mail (an address MailKit cannot read) fails for good instead of blocking the queue.</summary>
    private async Task<Delivery> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            return await email.SendAsync(OutboxMime.Build(message, email.From), ct);
        }
        catch (MimeKit.ParseException e)
        {
            return new Delivery(false, true, $"Adressen kan ikke brukes: {e.Message}");
        }
    }
}
