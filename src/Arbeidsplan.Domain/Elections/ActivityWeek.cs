using NodaTime;
using NodaTime.Calendars;

namespace Arbeidsplan.Domain.Elections;

/// <summary>A week of campaign activity (ISO weeks, from Monday): how many activities and what they counted, by kind.</summary>
public sealed record ActivityWeek(int Week, LocalDate Monday, IReadOnlyDictionary<CampaignActivityKind, int> ActivitiesByKind,
    IReadOnlyDictionary<CampaignActivityKind, int> Counts)
{
    public int Activities => ActivitiesByKind.Values.Sum();

    /// <summary>
    /// The weeks from the first to the last given, each with its activities (an empty week kept, so a quiet week shows as one).
    /// Given per day and kind: how many activities, and what they counted together.
    /// </summary>
    public static IReadOnlyList<ActivityWeek> Of(IEnumerable<(LocalDate On, CampaignActivityKind Kind, int Activities, int Count)> activities)
    {
        var byWeek = activities.GroupBy(a => MondayOf(a.On)).ToDictionary(g => g.Key, g => g.ToList());
        if (byWeek.Count == 0)
        {
            return [];
        }
        var weeks = new List<ActivityWeek>();
        for (var monday = byWeek.Keys.Min(); monday <= byWeek.Keys.Max(); monday = monday.PlusWeeks(1))
        {
            var these = byWeek.GetValueOrDefault(monday) ?? [];
            weeks.Add(new ActivityWeek(WeekYearRules.Iso.GetWeekOfWeekYear(monday), monday, these.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Sum(a => a.Activities)),
                these.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Sum(a => a.Count))));
        }
        return weeks;
    }

    public static LocalDate MondayOf(LocalDate day) => day.DayOfWeek == IsoDayOfWeek.Monday ? day : day.Previous(IsoDayOfWeek.Monday);
}
