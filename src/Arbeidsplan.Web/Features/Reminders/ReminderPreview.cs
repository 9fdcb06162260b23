using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>A reminder the run would decide, on the first day of the preview it would.</summary>
public sealed record PreviewRow(LocalDate On, ReminderKind Kind, string KindLabel, string Title, Guid PersonId, string PersonName, string? Email, bool HasUser,
    string Who, string Link, IReadOnlyList<string> Lines, bool AlreadyDecided);

/// <summary>What the run would send from a day and the days after it (a week shows the Monday digests whatever the day).</summary>
public sealed record ReminderPreviewResult(LocalDate On, int Days, bool IsQuietDefault, bool Enabled, IReadOnlyList<PreviewRow> Reminders)
{
    /// <summary>E-mails, not reminders: a person's reminders of a day go in one.</summary>
    public int ByEmail => Reminders.Where(r => r.Email is not null && !r.AlreadyDecided).Select(r => r.PersonId).Distinct().Count();
    public int InAppOnly => Reminders.Count(r => r.Email is null && !r.AlreadyDecided);
}

/// <summary>What the run would send on a day, for administrators, without writing or sending anything; what was already decided is marked.</summary>
public sealed class ReminderPreview(ReminderPlanner planner, AppDbContext db, Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
{
    /// <summary>The day asked for, as the page's field and the API's parameter both take it; null for what is not a date.</summary>
    public static LocalDate? ParseDay(string? text) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(text ?? "") is { Success: true, Value: var day } && day.Year is >= 2000 and <= 2100 ? day : null;

    /// <summary>The most days one preview plans: two weeks, each day a whole run.</summary>
    public const int MaxDays = 14;

    /// <param name="days">How many days from <paramref name="on"/>; a reminder the run would decide on several of them is shown on the first.</param>
    public async Task<ReminderPreviewResult> ForAsync(LocalDate on, int days = 1, CancellationToken ct = default)
    {
        days = Math.Clamp(days, 1, MaxDays);
        var planned = new List<(LocalDate On, PlannedReminder Reminder)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var day = on; day < on.PlusDays(days); day = day.PlusDays(1))
        {
            planned.AddRange((await planner.PlanAsync(day, ct)).Where(p => keys.Add(p.Key)).Select(p => (day, p)));
        }
        var taken = await ReminderPlanner.TakenAsync(db, keys, ct);
        var rows = planned
            .OrderBy(p => p.On).ThenBy(p => p.Reminder.Item.Kind).ThenBy(p => p.Reminder.Person.Name, Domain.Common.NorwegianText.Comparer)
            .ThenBy(p => p.Reminder.Item.Title, StringComparer.Ordinal)
            .Select(x => Row(x.On, x.Reminder, taken.Contains(x.Reminder.Key)))
            .ToList();
        return new ReminderPreviewResult(on, days, ReminderCalendar.Default.IsQuiet(on), options.Value.Enabled, rows);
    }

    private static PreviewRow Row(LocalDate on, PlannedReminder p, bool taken) => new(on, p.Item.Kind, ReminderKinds.Label(p.Item.Kind), p.Item.Title,
        p.Person.PersonId, p.Person.Name, string.IsNullOrWhiteSpace(p.Person.Email) ? null : p.Person.Email, p.Person.HasUser, p.Item.Who, p.Item.Link,
        p.Item.Lines, taken);
}
