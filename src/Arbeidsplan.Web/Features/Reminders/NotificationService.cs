using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

public sealed record NotificationRow(Guid Id, ReminderKind Kind, string KindLabel, string Title, string Body, string Link, Instant CreatedAt, bool IsRead);

public sealed record NotificationList(Paged<NotificationRow> Page, int Unread);

/// <summary>The signed-in person's notifications (Varsler): newest first, paged in the database, marked read one by one or all.</summary>
public sealed class NotificationService(AppDbContext db, CurrentAccess access, IClock clock)
{
    public const int PageSize = 20;

    public async Task<NotificationList?> MineAsync(int? page, bool unreadOnly = false, int pageSize = PageSize)
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return null;
        }
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == me);
        var listed = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        // The count of unread rides on each row (SQLite and PostgreSQL work the uncorrelated subquery out once): Min side asks on every visit.
        var rows = await listed.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt, Unread = db.Notifications.Count(x => x.PersonId == me && x.ReadAt == null) })
            .ToPagedAsync(page, pageSize);
        // An empty first page says there are none (of all, or of the unread); an empty later page says nothing.
        var unread = rows.Items.Count > 0 ? rows.Items[0].Unread : rows.Page <= 1 ? 0 : await mine.CountAsync(n => n.ReadAt == null);
        return new NotificationList(rows.Select(n => new NotificationRow(n.Id, n.Kind, ReminderKinds.Label(n.Kind), n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt is not null)), unread);
    }

    /// <summary>Marks one of the person's own notifications read; another person's is not found.</summary>
    public async Task<Outcome<IdRow>> MarkReadAsync(Guid id)
    {
        var me = await access.PersonIdAsync();
        var now = clock.GetCurrentInstant();
        var own = db.Notifications.Where(n => n.Id == id && n.PersonId == me && me != null);
        if (!await own.AnyAsync())
        {
            return Outcome<IdRow>.NotFound("Fant ikke varselet.");
        }
        await own.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
        return new IdRow(id);
    }

    public async Task<int> MarkAllReadAsync()
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return 0;
        }
        var now = clock.GetCurrentInstant();
        return await db.Notifications.Where(n => n.PersonId == me && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
    }
}
