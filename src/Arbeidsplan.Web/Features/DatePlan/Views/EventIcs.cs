using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>An event as an iCalendar entry, the same in an export and in a feed: a stable UID, the version as SEQUENCE, drafts marked tentative.</summary>
public static class EventIcs
{
    public static IcsEntry Entry(Event e, IReadOnlyDictionary<Guid, string> kinds, string origin) =>
        new(e.ExternalUid ?? $"{e.Id:N}@arbeidsplan", e.Title, e.When, e.Repeat, e.Exceptions.ToList(), e.Place, e.Description,
            $"{origin}/datoplan/hendelse/{e.Id}", (int)e.Version - 1, e.UpdatedAt, kinds.GetValueOrDefault(e.KindId, "Annet"), e.Status == EventStatus.Draft);
}
