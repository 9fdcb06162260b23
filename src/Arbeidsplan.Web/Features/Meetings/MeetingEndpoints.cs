using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Board work (Møter): meetings of bodies with their numbered cases. Notice, attendance and minutes come in the next slices.</summary>
public static class MeetingEndpoints
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingService>()
            .AddScoped<Privacy.IPersonalData, MeetingPersonalData>();
        return services;
    }

    public static void MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/meetings").WithTags("Møter");
        api.MapGet("/", List).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/", async (MeetingInput input, MeetingService s) =>
            (await s.CreateAsync(input)).ToHttp(id => TypedResults.Created($"/api/meetings/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, MeetingService s) => Problems.Found(await s.FindAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/cases", async (Guid id, CaseInput input, MeetingService s) =>
            (await s.AddCaseAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/meetings/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
    }

    private static async Task<Results<Ok<IReadOnlyList<MeetingRow>>, NotFoundProblem, ValidationProblem>> List(Guid? organisationId, Guid? bodyId, string? from,
        string? to, MeetingService s)
    {
        var (start, end) = (Day(from), Day(to));
        if (start is { Ok: false } || end is { Ok: false })
        {
            return Problems.BadValue(start is { Ok: false } ? "from" : "to", "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-01-12.");
        }
        return organisationId is { } org && await s.ListAsync(org, bodyId, start?.Value, end?.Value) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound();
    }

    /// <summary>Null for no day given; otherwise whether it reads as one.</summary>
    private static (bool Ok, LocalDate Value)? Day(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true, Value: var day } && day.Year is >= 2000 and <= 2100 ? (true, day) : (false, default);
}
