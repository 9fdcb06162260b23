using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.DatePlan.Feeds;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>The person's calendar feeds (removed at erasure) and events whose title or description names them (reported).</summary>
public sealed class FeedPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Datoplan og kalenderabonnementer";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct) =>
        (await db.CalendarFeeds.AsNoTracking().Where(f => f.OwnerUserId == subject.UserId || f.PersonId == subject.PersonId).ToListAsync(ct))
            .Select(f => new PersonalRecord("Kalenderabonnement", new Dictionary<string, string?>
            {
                ["Navn"] = f.Name, ["Laget"] = NorwegianTime.Format(f.CreatedAt), ["Sist brukt"] = f.LastUsedAt is { } used ? NorwegianTime.Format(used) : null,
            })).ToList();

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var feeds = await db.CalendarFeeds.Where(f => f.OwnerUserId == subject.UserId || f.PersonId == subject.PersonId).ToListAsync(ct);
        db.CalendarFeeds.RemoveRange(feeds);
        var name = subject.Name.ToLower();
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Title.ToLower().Contains(name) || e.Description != null && e.Description.ToLower().Contains(name))
            .Select(e => new { e.Title, e.StartDate }).ToListAsync(ct);
        return new ErasurePart(Section, feeds.Count,
            events.Select(e => $"Hendelsen «{Mentions.Excerpt(e.Title)}» {NorwegianTime.Format(e.StartDate)} nevner personen.").ToList());
    }
}
