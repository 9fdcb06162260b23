using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

public sealed record PreviewRow(ReminderKind Kind, string KindLabel, string Title, string PersonName, string? Email, bool HasUser, string Who,
    string Link, IReadOnlyList<string> Lines, bool AlreadyDecided);

public sealed record ReminderPreviewResult(LocalDate On, bool IsQuietDefault, bool Enabled, IReadOnlyList<PreviewRow> Reminders)
{
    public int ByEmail => Reminders.Count(r => r.Email is not null && !r.AlreadyDecided);
    public int InAppOnly => Reminders.Count(r => r.Email is null && !r.AlreadyDecided);
}

/// <summary>What the run would send on a day, for administrators, without writing or sending anything; what was already decided is marked.</summary>
public sealed class ReminderPreview(ReminderPlanner planner, AppDbContext db, Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
{
    public async Task<ReminderPreviewResult> ForAsync(LocalDate on, CancellationToken ct = default)
    {
        var planned = await planner.PlanAsync(on, ct);
        var keys = planned.Select(p => p.Key).ToList();
        var taken = new HashSet<string>();
        foreach (var chunk in keys.Chunk(500))
        {
            taken.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        }
        var rows = planned
            .OrderBy(p => p.Item.Kind).ThenBy(p => p.Person.Name, Domain.Common.NorwegianText.Comparer).ThenBy(p => p.Item.Title, StringComparer.Ordinal)
            .Select(p => new PreviewRow(p.Item.Kind, ReminderKinds.Label(p.Item.Kind), p.Item.Title, p.Person.Name,
                string.IsNullOrWhiteSpace(p.Person.Email) ? null : p.Person.Email, p.Person.HasUser, p.Item.Who, p.Item.Link, p.Item.Lines, taken.Contains(p.Key)))
            .ToList();
        return new ReminderPreviewResult(on, ReminderCalendar.Default.IsQuiet(on), options.Value.Enabled, rows);
    }
}
