using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>The date plan read as a year, as rows in a period, and its kinds.</summary>
public static class CalendarEndpoints
{
    public static void MapCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] CalendarQuery query, CalendarQueries q) =>
            Problems.Found(await q.YearAsync(query.ToFilter()))).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/items", async Task<Results<Ok<IReadOnlyList<CalendarItem>>, ValidationProblem>> (Guid? organisationId, DateOnly? from, DateOnly? to, bool? withBranches, CalendarQueries q, CalendarFamily f, Guard guard) =>
        {
            if (from is not { } start || to is not { } end || end < start || end.DayNumber - start.DayNumber > 800 || start.Year < 2000 || end.Year > 2100)
            {
                return Problems.BadValue("from", "Oppgi fra og til som datoer (ÅÅÅÅ-MM-DD) mellom år 2000 og 2100, høyst 800 dager fra hverandre.");
            }
            if (organisationId is not { } org || !await guard.ReadsOrganisation(org))
            {
                return Problems.ChosenOrganisation();
            }
            var members = await f.OfAsync(org, withBranches ?? false);
            return TypedResults.Ok(await q.ItemsAsync(members, new DateInterval(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end)), new CalendarFilter()));
        }).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/kinds", async (CalendarQueries q) => TypedResults.Ok(await q.KindsAsync())).Scoped(ScopeRule.SignedIn);
    }
}

/// <summary>The date plan's filters as query string parameters.</summary>
public sealed class CalendarQuery
{
    public Guid? OrganisationId { get; set; }
    public int? Year { get; set; }
    public Guid? OrganiserId { get; set; }
    public Guid? KindId { get; set; }
    public Guid? BodyId { get; set; }
    public bool? WithBranches { get; set; }

    public CalendarFilter ToFilter() => new()
    {
        OrganisationId = OrganisationId, Year = Year is >= 2000 and <= 2100 ? Year : null, OrganiserId = OrganiserId, KindId = KindId, BodyId = BodyId,
        WithBranches = WithBranches ?? false,
    };
}
