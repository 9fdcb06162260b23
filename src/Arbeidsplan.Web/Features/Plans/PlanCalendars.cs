using Arbeidsplan.Domain.Planning;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>The calendar a plan's relative timings are placed in: the date plan chapter the plan itself prints.</summary>
public static class PlanCalendars
{
    public static async Task<PlanCalendar> ForPlanAsync(AppDbContext db, Guid planId, PlanPeriod period)
    {
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId && c.Title.ToLower().Contains("datoplan"))
            .OrderBy(c => c.Order).Select(c => new { c.Title, c.Text }).ToListAsync();
        return FromChapters(chapters.Select(c => (c.Title, c.Text)), period);
    }

    public static PlanCalendar FromChapters(IEnumerable<(string Title, string? Text)> chapters, PlanPeriod period) =>
        DatePlanText.Calendar(string.Join('\n', chapters.Where(c => c.Title.Contains("datoplan", StringComparison.OrdinalIgnoreCase)).Select(c => c.Text)), period);
}
