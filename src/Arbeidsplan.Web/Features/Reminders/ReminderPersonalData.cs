using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>The person's reminder choices, notifications and the e-mails to them in the outbox: all deleted at erasure.</summary>
public sealed class ReminderPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Påminnelser og varsler";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var choices = await db.ReminderPreferences.AsNoTracking().Where(p => p.PersonId == id).ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.PersonId == id).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Kind, n.Title, n.CreatedAt, n.ReadAt }).ToListAsync(ct);
        var mail = await db.OutboxMessages.AsNoTracking().Where(m => m.PersonId == id).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ToAddress, m.Subject, m.State, m.CreatedAt, m.SentAt }).ToListAsync(ct);
        return
        [
            .. choices.Select(c => new PersonalRecord("Valg av påminnelse", new Dictionary<string, string?>
            {
                ["Type"] = ReminderKinds.Label(c.Kind), ["På"] = c.Enabled ? "ja" : "nei", ["Dager i forveien"] = c.DaysBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })),
            .. notifications.Select(n => new PersonalRecord("Varsel", new Dictionary<string, string?>
            {
                ["Type"] = ReminderKinds.Label(n.Kind), ["Tittel"] = n.Title, ["Laget"] = NorwegianTime.Format(n.CreatedAt),
                ["Lest"] = n.ReadAt is { } r ? NorwegianTime.Format(r) : null,
            })),
            .. mail.Select(m => new PersonalRecord("E-post i utboksen", new Dictionary<string, string?>
            {
                ["Til"] = m.ToAddress, ["Emne"] = m.Subject, ["Status"] = m.State.ToString(), ["Laget"] = NorwegianTime.Format(m.CreatedAt),
                ["Sendt"] = m.SentAt is { } s ? NorwegianTime.Format(s) : null,
            })),
        ];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var choices = await db.ReminderPreferences.Where(p => p.PersonId == id).ToListAsync(ct);
        db.ReminderPreferences.RemoveRange(choices);
        var notifications = await db.Notifications.Where(n => n.PersonId == id).ToListAsync(ct);
        db.Notifications.RemoveRange(notifications);
        var mail = await db.OutboxMessages.Where(m => m.PersonId == id).ToListAsync(ct);
        db.OutboxMessages.RemoveRange(mail);
        return new ErasurePart(Section, choices.Count + notifications.Count + mail.Count, []);
    }
}
