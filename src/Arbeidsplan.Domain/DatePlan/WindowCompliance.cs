using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>An organisation a statutory window applies to, and the dated events of the window's kind it has organised.</summary>
public sealed record WindowCompliance(Guid OrganisationId, string Name, LocalDate? HeldOn)
{
    public bool IsMissing => HeldOn is null;

    /// <summary>For each organisation, the first of its events of the window's kind that lies inside the window.</summary>
    public static IReadOnlyList<WindowCompliance> Check(StatutoryWindow window, int year, IEnumerable<(Guid Id, string Name)> organisations,
        IEnumerable<Occurrence> occurrences)
    {
        var span = window.Span.In(year);
        var held = occurrences
            .Where(o => o.Event.KindId == window.KindId && o.Event.Status == EventStatus.Confirmed && span.Contains(o.When.StartDate))
            .GroupBy(o => o.Event.OrganisationId)
            .ToDictionary(g => g.Key, g => g.Min(o => o.When.StartDate));
        return organisations
            .Select(o => new WindowCompliance(o.Id, o.Name, held.TryGetValue(o.Id, out var d) ? d : null))
            .OrderBy(c => c.HeldOn is not null).ThenBy(c => c.Name, NorwegianText.Comparer)
            .ToList();
    }
}
