using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>An event as an iCalendar entry, the same in an export and in a feed: a stable UID, the version as SEQUENCE, drafts marked tentative.</summary>
public static class EventIcs
{
    /// <remarks>
    /// The event's own link (a video meeting) goes into the description, and stands as the place when there is none, so a calendar
    /// shows it where people look to join; URL stays the event's page in the app.
    /// </remarks>
    public static IcsEntry Entry(Event e, IReadOnlyDictionary<Guid, string> kinds, string origin) =>
        new(e.ExternalUid ?? $"{e.Id:N}@arbeidsplan", e.Title, e.When, e.Repeat, e.Exceptions.ToList(), e.Place ?? e.Link, Described(e),
            $"{origin}/datoplan/hendelse/{e.Id}", (int)e.Version - 1, e.UpdatedAt, kinds.GetValueOrDefault(e.KindId, "Annet"), e.Status == EventStatus.Draft);

    private static string? Described(Event e) => e.Link is null
        ? e.Description
        : string.IsNullOrWhiteSpace(e.Description) ? $"Møtelenke: {e.Link}" : $"{e.Description}\n\nMøtelenke: {e.Link}";
}
