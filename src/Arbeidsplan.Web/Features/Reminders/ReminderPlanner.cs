using Microsoft.EntityFrameworkCore;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>One reminder decided for one person on one day: what, to whom, and the key that makes it once only.</summary>
public sealed record PlannedReminder(ReminderItem Item, Recipient Person, ReminderWindow Window, string Key);

/// <summary>
/// Decides what is due on a day: every source's items, to each of their people whose choice lets it through, on a day that is
/// in the reminder's window and not in the organisation's quiet period. Writes nothing: the run and the preview both use it.
/// </summary>
public sealed class ReminderPlanner(AppDbContext db, OrganisationDirectory directory, IEnumerable<ReminderSource> sources, ReminderMessages messages)
{
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(LocalDate day, CancellationToken ct)
    {
        var tree = await directory.TreeAsync();
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.ShortName ?? o.Name);
        var context = new ReminderContext(day, await RecipientIndex.LoadAsync(db, day, ct), tree, names, messages.BaseUrl);
        var rules = await ReminderRules.LoadAsync(db, tree, ct);
        var planned = new List<PlannedReminder>();
        foreach (var source in sources)
        {
            foreach (var item in await source.ItemsAsync(context, ct))
            {
                var calendar = rules.CalendarFor(item.OrganisationId);
                if (calendar.IsQuiet(day))
                {
                    continue;
                }
                foreach (var personId in item.PersonIds.Distinct())
                {
                    var choice = rules.ChoiceFor(personId, item.Kind, item.OrganisationId);
                    var window = ReminderWindow.For(item.Kind, item.Date, choice.DaysBefore, calendar);
                    if (choice.Enabled && window.Includes(day) && context.Index.People.TryGetValue(personId, out var person))
                    {
                        planned.Add(new PlannedReminder(item, person, window, ReminderKey.For(item.Kind, item.ItemId, item.Date, personId)));
                    }
                }
            }
        }
        return planned;
    }

    /// <summary>The keys among these already decided (a notification is written for every reminder, e-mail or not).</summary>
    public static async Task<HashSet<string>> TakenAsync(AppDbContext db, IEnumerable<string> keys, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct().Chunk(500))
        {
            taken.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        }
        return taken;
    }
}
