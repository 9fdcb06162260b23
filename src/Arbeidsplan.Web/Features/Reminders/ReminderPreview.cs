using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

public sealed record PreviewRow(ReminderKind Kind, string KindLabel, string Title, Guid PersonId, string PersonName, string? Email, bool HasUser, string Who,
    string Link, IReadOnlyList<string> Lines, bool AlreadyDecided);

public sealed record ReminderPreviewResult(LocalDate On, bool IsQuietDefault, bool Enabled, IReadOnlyList<PreviewRow> Reminders)
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

    public async Task<ReminderPreviewResult> ForAsync(LocalDate on, CancellationToken ct = default)
    {
        var planned = await planner.PlanAsync(on, ct);
        var taken = await ReminderPlanner.TakenAsync(db, planned.Select(p => p.Key), ct);
        var rows = planned
            .OrderBy(p => p.Item.Kind).ThenBy(p => p.Person.Name, Domain.Common.NorwegianText.Comparer).ThenBy(p => p.Item.Title, StringComparer.Ordinal)
            .Select(p => new PreviewRow(p.Item.Kind, ReminderKinds.Label(p.Item.Kind), p.Item.Title, p.Person.PersonId, p.Person.Name,
                string.IsNullOrWhiteSpace(p.Person.Email) ? null : p.Person.Email, p.Person.HasUser, p.Item.Who, p.Item.Link, p.Item.Lines, taken.Contains(p.Key)))
            .ToList();
        return new ReminderPreviewResult(on, ReminderCalendar.Default.IsQuiet(on), options.Value.Enabled, rows);
    }
}
