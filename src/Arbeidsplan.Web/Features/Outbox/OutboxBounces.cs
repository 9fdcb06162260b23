using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NodaTime;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>
/// Bounces that come back after the server took a message: the mail server delivers what is sent to the bounce address
/// (Email:BounceAddress, the envelope sender) into a Maildir, Outbox:BounceMaildir, and this job reads its new mail every five
/// minutes. A report that one of our messages failed marks it failed with the reason, which the outbox shows; the address then
/// gets no e-mail reminders for <see cref="OutboxMessage.BounceQuietDays"/> days (the app's notifications go on). Each file read is moved to cur/ as
/// seen, bounce or not, so nothing is read twice and the mailbox can still be opened by a person.
/// </summary>
public sealed class OutboxBounces(IClock clock, IConfiguration configuration, ILogger<OutboxBounces> logger) : ScheduledJob
{
    private const int MaxFiles = 500;
    private const long MaxBytes = 2_000_000;

    public override string Name => "outbox-bounces";

    public override string Label => "Avviste e-poster";

    public override JobSchedule Schedule { get; } = JobSchedule.Interval(Duration.FromMinutes(5));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        if (configuration["Outbox:BounceMaildir"] is not { Length: > 0 } maildir)
        {
            return "Ingen postkasse for avviste e-poster (Outbox:BounceMaildir)";
        }
        var fresh = Path.Combine(maildir, "new");
        if (!Directory.Exists(fresh))
        {
            return $"Fant ikke {fresh}";
        }
        Directory.CreateDirectory(Path.Combine(maildir, "cur"));
        var reports = new List<DeliveryReport>();
        var files = Directory.EnumerateFiles(fresh).Take(MaxFiles).ToList();
        foreach (var file in files)
        {
            if (await ReadAsync(file, ct) is { } report)
            {
                reports.Add(report);
            }
        }
        var marked = await MarkAsync(services.GetRequiredService<AppDbContext>(), reports, ct);
        // Moved only once the marks are saved: a crash before it reads the same files again, which marks nothing twice.
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(maildir, "cur", Path.GetFileName(file) + ":2,S"), overwrite: true);
        }
        return $"{files.Count} lest, {marked} avvist";
    }

    private async Task<DeliveryReport?> ReadAsync(string file, CancellationToken ct)
    {
        try
        {
            if (new FileInfo(file).Length > MaxBytes)
            {
                return null;
            }
            await using var stream = File.OpenRead(file);
            return DeliveryReport.Read(await MimeMessage.LoadAsync(stream, ct));
        }
        catch (Exception e) when (e is FormatException or ParseException or IOException)
        {
            logger.LogWarning(e, "Could not read {File} in the bounce mailbox", file);
            return null;
        }
    }

    private async Task<int> MarkAsync(AppDbContext db, List<DeliveryReport> reports, CancellationToken ct)
    {
        var ids = reports.Select(r => r.MessageId).Distinct().ToList();
        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.BouncedAt == null).ToListAsync(ct);
        var now = clock.GetCurrentInstant();
        foreach (var message in messages)
        {
            message.MarkBounced(reports.First(r => r.MessageId == message.Id).Reason, now);
        }
        await db.SaveChangesAsync(ct);
        return messages.Count;
    }
}
