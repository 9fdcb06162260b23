using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.Plans;

public static class PlanEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanQueries>().AddScoped<PlanService>().AddScoped<MeasureService>().AddScoped<PlanImport>().AddScoped<PlanLifecycle>().AddScoped<OwnerResolver>().AddScoped<PlanImportOwners>().AddScoped<IndicatorSources>()
            .AddScoped<Privacy.IPersonalData, PlanPersonalData>();
        return services;
    }

    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Arbeidsplaner");
        MapPlans(plans);
        MapLifecycle(plans);
        MapImport(plans);
        MapMeasures(plans, app.MapGroup("/api/measures").WithTags("Arbeidsplaner"));
    }

    /// <summary>A plan, its chapters and its goals.</summary>
    private static void MapPlans(RouteGroupBuilder api)
    {
        api.MapGet("/", async (Guid? organisationId, PlanQueries q) => TypedResults.Ok(await q.ListAsync(organisationId)))
            .Scoped(ScopeRule.FilteredList).ChoosesOrganisation(required: false);
        api.MapGet("/{id:guid}", async (Guid id, PlanQueries q) => Problems.Found(await q.OverviewAsync(id)))
            .Scoped(ScopeRule.Organisation);
        foreach (var (extension, type) in PaperFormat.All)
        {
            api.MapGet($"/{{id:guid}}/document.{extension}", async Task<Results<FileStreamHttpResult, NotFoundProblem>> (Guid id, PlanQueries q, OrganisationLogos logos) =>
                    await q.DetailsAsync(id) is { } plan && await q.ContentAsync(id) is { } content
                        ? TypedResults.File(PaperFormat.Spool(PlanPaper.Build(plan, content, await logos.ForDocumentAsync(plan.OrganisationId)), extension), type,
                            PlanPaper.FileName(plan, extension))
                        : Problems.NotFound())
                .Produces<Stream>(StatusCodes.Status200OK, type).Scoped(ScopeRule.Organisation);
        }
        api.MapPost("/", async (PlanInput input, PlanService s) => (await s.CreateAsync(input)).ToCreated(p => $"/api/plans/{p.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, PlanInput input, PlanService s) => (await s.UpdateAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}", async (Guid id, long version, PlanService s) => (await s.DeleteAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);

        api.MapPost("/{id:guid}/chapters", async (Guid id, ChapterInput input, PlanService s) =>
            (await s.SaveChapterAsync(id, null, input)).ToCreated(c => $"/api/plans/{id}/chapters/{c.Id}")).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/chapters/{chapterId:guid}", async (Guid id, Guid chapterId, ChapterInput input, PlanService s) =>
            (await s.SaveChapterAsync(id, chapterId, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/goals", async (Guid id, GoalInput input, PlanService s) =>
            (await s.SaveGoalAsync(id, null, input)).ToCreated(g => $"/api/plans/{id}/goals/{g.Id}")).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/goals/{goalId:guid}", async (Guid id, Guid goalId, GoalInput input, PlanService s) =>
            (await s.SaveGoalAsync(id, goalId, input)).ToHttp()).Scoped(ScopeRule.Organisation);
    }

    /// <summary>Proposed, adopted, revised, rolled over, checked and compared.</summary>
    private static void MapLifecycle(RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/propose", async (Guid id, VersionInput input, PlanLifecycle l) => (await l.ProposeAsync(id, input.Version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/adopt", async (Guid id, AdoptInput input, PlanLifecycle l) => (await l.AdoptAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/revise", async (Guid id, AdoptInput input, PlanLifecycle l) => (await l.ReviseAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/roll-over", async (Guid id, RollOverInput input, PlanLifecycle l) =>
            (await l.RollOverAsync(id, input)).ToCreated(r => $"/api/plans/{r.PlanId}")).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/check", async (Guid id, PlanLifecycle l) => Problems.Found(await l.CheckAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/diff/{otherId:guid}", async (Guid id, Guid otherId, int? revision, int? otherRevision, PlanLifecycle l) =>
            (await l.DiffAsync(id, otherId, revision, otherRevision)).ToHttp()).Scoped(ScopeRule.Organisation);
    }

    private static void MapImport(RouteGroupBuilder api)
    {
        api.MapPost("/import", async (PlanImportInput input, PlanImport i, CancellationToken ct) => Imported(await i.RunAsync(input, ct)))
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapPost("/import/file", async ([FromForm] PlanImportForm form, PlanImport i, CancellationToken ct) =>
            {
                var text = UploadedFile.Read(form.File, PlanImport.MaxFileBytes, PlanImport.ReadFile);
                if (!text.IsOk)
                {
                    return Imported(Outcome<PlanImportResult>.Invalid("File", text.Message!));
                }
                var input = new PlanImportInput
                {
                    OrganisationId = form.OrganisationId, Title = form.Title, Kind = form.Kind, FromYear = form.FromYear, ToYear = form.ToYear,
                    Text = text.Value, Apply = form.Apply,
                };
                return Imported(await i.RunAsync(input, ct));
            })
            .DisableAntiforgery().WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
    }

    /// <summary>Saved (201 at the new plan), or the preview (200).</summary>
    private static Results<Results<Created<PlanImportResult>, Ok<PlanImportResult>>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem>
        Imported(Outcome<PlanImportResult> outcome) =>
        outcome.ToHttp(Results<Created<PlanImportResult>, Ok<PlanImportResult>> (r) => r.Saved ? TypedResults.Created($"/api/plans/{r.PlanId}", r) : TypedResults.Ok(r));

    /// <summary>A plan's measures (listed and added under the plan; read, saved, deleted and reported on by their own address).</summary>
    private static void MapMeasures(RouteGroupBuilder plans, RouteGroupBuilder api)
    {
        plans.MapGet("/{id:guid}/measures", async (Guid id, [AsParameters] MeasureQuery query, PlanQueries q) =>
            Problems.Found(await q.MeasuresAsync(id, query.ToFilter()))).Scoped(ScopeRule.Organisation);
        plans.MapGet("/{id:guid}/measures.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, [AsParameters] MeasureQuery query, PlanQueries q) =>
                await q.AllMeasuresAsync(id, query.ToFilter()) is { } rows ? ExcelSheet.File("tiltak.xlsx", "Tiltak", MeasureExport.Rows(rows)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.Organisation);
        plans.MapPost("/{id:guid}/measures", async (Guid id, MeasureInput input, MeasureService s) =>
            (await s.SaveAsync(id, null, input)).ToCreated(m => $"/api/measures/{m.Id}")).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, PlanQueries q) => Problems.Found(await q.MeasureAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, MeasureInput input, PlanQueries q, MeasureService s) =>
                await q.MeasureAsync(id) is { } m ? (await s.SaveAsync(m.PlanId, id, input)).ToHttp() : Problems.NotFound())
            .Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}", async (Guid id, long version, MeasureService s) => (await s.DeleteAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/status", async (Guid id, StatusInput input, MeasureService s) => (await s.SetStatusAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }
}

/// <summary>The measure list's filters as query string parameters.</summary>
public sealed class MeasureQuery
{
    public bool? Mine { get; set; }
    public bool? DueThisMonth { get; set; }
    public bool? Overdue { get; set; }
    public Domain.Plans.MeasureStatus? Status { get; set; }
    public string? Category { get; set; }
    public Guid? ChapterId { get; set; }
    public string? Search { get; set; }
    public string? Sort { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    public MeasureFilter ToFilter() => new()
    {
        Mine = Mine ?? false, DueThisMonth = DueThisMonth ?? false, Overdue = Overdue ?? false, Status = Status, Category = Category, ChapterId = ChapterId,
        Search = Search, Sort = Sort, Page = Page ?? 1, PageSize = PageSize ?? 50,
    };
}

public sealed class PlanImportForm
{
    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public Domain.Plans.PlanKind Kind { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public bool Apply { get; set; }
    public IFormFile? File { get; set; }
}
