using Arbeidsplan.Domain.Scheduling;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan;

public static class DatePlanEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddDatePlan(this IServiceCollection services)
    {
        services.AddScoped<CalendarFamily>().AddScoped<CalendarQueries>().AddScoped<EventQueries>().AddScoped<EventService>().AddScoped<CalendarRuleService>().AddScoped<TemplateService>().AddScoped<DatePlanImport>().AddScoped<FeedService>()
            .AddScoped<Privacy.IPersonalData, FeedPersonalData>();
        return services;
    }

    public static void MapDatePlanEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").WithTags("Datoplan");
        api.MapGet("/", async ([AsParameters] CalendarQuery query, CalendarQueries q) =>
            await q.YearAsync(query.ToFilter()) is { } view ? Results.Ok(view) : Problems.NotFound()).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/items", async (Guid? organisationId, DateOnly? from, DateOnly? to, bool? withBranches, CalendarQueries q, CalendarFamily f, Guard guard) =>
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
            return Results.Ok(await q.ItemsAsync(members, new DateInterval(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end)), new CalendarFilter()));
        }).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/kinds", async (CalendarQueries q) => TypedResults.Ok(await q.KindsAsync())).Scoped(ScopeRule.SignedIn);

        api.MapGet("/rules", async (Guid? organisationId, int? year, CalendarRuleService s, CalendarQueries q) =>
            year is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi et år mellom 2000 og 2100.") : organisationId is { } org && await s.ViewAsync(org, year ?? q.Today.Year) is { } view ? Results.Ok(view) : Problems.NotFound()).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/windows", async (WindowInput input, CalendarRuleService s) => (await s.SaveWindowAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/rules/{id}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/windows/{id:guid}", async (Guid id, WindowInput input, CalendarRuleService s) => (await s.SaveWindowAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x))))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/deadline-rules", async (DeadlineRuleInput input, CalendarRuleService s) =>
            (await s.SaveDeadlineRuleAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/rules/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/deadline-rules/{id:guid}", async (Guid id, DeadlineRuleInput input, CalendarRuleService s) => (await s.SaveDeadlineRuleAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x))))
            .Scoped(ScopeRule.Organisation);
        api.MapDelete("/rules/{id:guid}", async (Guid id, CalendarRuleService s) => (await s.DeleteAsync(id)).ToHttp(_ => TypedResults.NoContent()))
            .Scoped(ScopeRule.Organisation);

        api.MapGet("/templates", async (Guid? organisationId, TemplateService s) =>
            organisationId is { } org ? Results.Ok(await s.ListAsync(org)) : Problems.NotFound()).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/templates", async (TemplateInput input, TemplateService s) => (await s.SaveAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/templates?id={id}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/templates/{id:guid}", async (Guid id, TemplateInput input, TemplateService s) => (await s.SaveAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        api.MapPost("/templates/{id:guid}/apply", async (Guid id, ApplyInput input, TemplateService s) => (await s.ApplyAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/copy-year", async (CopyYearInput input, TemplateService s) => (await s.CopyYearAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/confirm-drafts", async (ConfirmInput input, TemplateService s) => (await s.ConfirmDraftsAsync(input)).ToHttp(n => TypedResults.Ok(new { confirmed = n }))).Scoped(ScopeRule.Organisation);

        api.MapGet("/feeds", async (FeedService s) => TypedResults.Ok(await s.MineAsync())).Scoped(ScopeRule.FilteredList);
        api.MapPost("/feeds", async (FeedInput input, FeedService s, AppLinks links) =>
            (await s.CreateAsync(input, links.Base)).ToCreated(f => $"/api/calendar/feeds/{f.Id}")).Scoped(ScopeRule.Organisation);
        api.MapDelete("/feeds/{id:guid}", async (Guid id, FeedService s) => (await s.RevokeAsync(id)).ToHttp(_ => TypedResults.NoContent())).Scoped(ScopeRule.Organisation);

        api.MapPost("/import", async (DatePlanImportInput input, DatePlanImport i, CancellationToken ct) => Imported(await i.RunAsync(input, ct)))
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapPost("/import/file", async ([FromForm] DatePlanImportForm form, DatePlanImport i, CancellationToken ct) =>
            {
                var read = UploadedFile.Read(form.File, DatePlanImport.MaxFileBytes, DatePlanImport.ReadFile);
                if (!read.IsOk)
                {
                    return Outcome<DatePlanImportResult>.Invalid("File", read.Message!).ToHttp();
                }
                var input = new DatePlanImportInput { OrganisationId = form.OrganisationId, Year = form.Year, Text = read.Value.Text, Ics = read.Value.Ics, Apply = form.Apply };
                return Imported(await i.RunAsync(input, ct));
            })
            .DisableAntiforgery().WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);

        api.MapGet("/export.{format}", async (string format, [AsParameters] CalendarQuery query, CalendarQueries q, AppLinks links) =>
        {
            if (await q.YearAsync(query.ToFilter()) is not { } view)
            {
                return Problems.NotFound();
            }
            var name = $"datoplan-{Slug(view.OrganisationName)}-{view.Year}";
            return format switch
            {
                "docx" => Results.File(DatePlanExport.Docx(view), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
                "xlsx" => Results.File(DatePlanExport.Xlsx(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
                "ics" => Results.File(System.Text.Encoding.UTF8.GetBytes(await q.IcsAsync(view, query.ToFilter(), links.Base)), "text/calendar; charset=utf-8", name + ".ics"),
                _ => Problems.NotFound(),
            };
        }).Scoped(ScopeRule.Organisation).ChoosesOrganisation();

        var events = app.MapGroup("/api/events").WithTags("Datoplan");
        events.MapGet("/{id:guid}", async (Guid id, EventQueries q) => await q.DetailAsync(id) is { } e ? Results.Ok(e) : Problems.NotFound()).Scoped(ScopeRule.Organisation);
        events.MapPost("/", async (EventInput input, EventService s) => (await s.SaveAsync(null, input)).ToCreated(e => $"/api/events/{e.Id}")).Scoped(ScopeRule.Organisation);
        events.MapPut("/{id:guid}", async (Guid id, EventInput input, EventService s) => (await s.SaveAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        events.MapDelete("/{id:guid}", async (Guid id, long? version, EventService s) => (await s.DeleteAsync(id, version)).ToHttp(_ => TypedResults.NoContent())).Scoped(ScopeRule.Organisation);
        events.MapPost("/{id:guid}/confirm", async (Guid id, VersionOnly input, EventService s) => (await s.ChangeStatusAsync(id, EventStatus.Confirmed, input.Version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        events.MapPost("/{id:guid}/cancel", async (Guid id, VersionOnly input, EventService s) => (await s.ChangeStatusAsync(id, EventStatus.Cancelled, input.Version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        events.MapPost("/{id:guid}/occurrences", async (Guid id, OccurrenceInput input, EventService s) => (await s.ChangeOccurrenceAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        events.MapDelete("/{id:guid}/occurrences/{date}", async (Guid id, DateOnly date, long version, EventService s) =>
            (await s.RestoreOccurrenceAsync(id, date, version)).ToHttp()).Scoped(ScopeRule.Organisation);

        // GET and HEAD (calendar clients check a link with HEAD): a secret link never redirects, so the secret cannot land in a ReturnUrl.
        app.MapMethods("/kalender/{token}.ics", [HttpMethods.Get, HttpMethods.Head], async (string token, FeedService s, HttpContext http, AppLinks links) =>
        {
            if (await s.BodyAsync(token, links.Base) is not { } body)
            {
                // The same short answer for an unknown and a revoked link, with a body so no error page is rendered in its place.
                return Results.Text("Kalenderen finnes ikke.", "text/plain", statusCode: StatusCodes.Status404NotFound);
            }
            http.Response.Headers.CacheControl = "private, max-age=900";
            if (http.Request.Headers.IfNoneMatch.Contains(body.ETag))
            {
                http.Response.Headers.ETag = body.ETag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            return Results.File(body.Content, "text/calendar; charset=utf-8", lastModified: body.LastModified,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(body.ETag));
        }).AllowAnonymous().WithTags("Datoplan");
        app.MapMethods("/kalender/{**rest}", [HttpMethods.Get, HttpMethods.Head], () =>
                Results.Text("Kalenderen finnes ikke.", "text/plain", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Imported(Outcome<DatePlanImportResult> outcome) => outcome.ToHttp(r => r switch
    {
        { Saved: true } => TypedResults.Created("/api/calendar", r),
        { Errors: > 0 } => TypedResults.ValidationProblem(
            r.Rows.Where(x => x.Status == ImportRowStatus.Error).ToDictionary(x => $"Rad {x.Line}", x => new[] { x.Note ?? "Kan ikke leses." }),
            detail: $"{r.Errors} rader kan ikke leses. Ingenting er lagret.", title: "Ugyldige opplysninger"),
        _ => TypedResults.Ok(r),
    });

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}

public sealed record VersionOnly(long Version);

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

public sealed class DatePlanImportForm
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public bool Apply { get; set; }
    public IFormFile? File { get; set; }
}
