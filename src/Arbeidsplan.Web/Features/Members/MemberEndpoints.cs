using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.Members;

public static class MemberEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddScoped<MemberListRules>().AddScoped<MemberNames>().AddScoped<MemberImport>().AddScoped<MemberQueries>().AddScoped<RecruitmentService>().AddScoped<MemberLists>().AddScoped<RegisterSnapshots>().AddScoped<MemberHistory>()
            .AddScoped<Privacy.IPersonalData, MemberPersonalData>();
        services.AddSingleton<CheckedUploads>();
        return services;
    }

    public static void MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Medlemmer");
        api.MapGet("/statistics", async (Guid? organisationId, DateOnly? on, MemberQueries q) =>
            Problems.Found(organisationId is { } org ? await q.StatisticsAsync(org, on) : null)).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/statistics.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, DateOnly? on, MemberQueries q) =>
                organisationId is { } org && await q.StatisticsAsync(org, on) is { } stats
                    ? ExcelSheet.File($"medlemmer-{stats.On:yyyy-MM-dd}.xlsx", "Medlemmer", MemberSheet.Rows(stats)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/import", async (MemberImportInput input, MemberImport i, CancellationToken ct) => Imported(await i.RunAsync(input, ct)))
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapPost("/import/file", async ([FromForm] MemberImportForm form, MemberImport i, CancellationToken ct) =>
            {
                // The file is read from the upload's buffer as the import goes, not into one string first.
                var file = UploadedFile.Checked(form.File, MemberImport.MaxFileBytes);
                if (!file.IsOk)
                {
                    return Imported(Outcome<MemberImportResult>.Invalid("File", file.Message!));
                }
                await using var content = file.Value!.OpenReadStream();
                var sheet = SheetSource.OfUpload(file.Value.FileName, content, WrongFile);
                if (!sheet.IsOk)
                {
                    return Imported(Outcome<MemberImportResult>.Invalid("File", sheet.Message!));
                }
                var input = new MemberImportInput { OrganisationId = form.OrganisationId, TakenOn = form.TakenOn, FileName = file.Value.FileName, Apply = form.Apply };
                return Imported(await i.RunAsync(input, sheet.Value!, ct));
            })
            .DisableAntiforgery().WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapDelete("/snapshots/{id:guid}", async (Guid id, MemberImport i) => (await i.DeleteSnapshotAsync(id)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/targets", async (TargetsInput input, RecruitmentService s) => (await s.SetTargetsAsync(input)).ToHttp(n => TypedResults.Ok(new SavedTargets(n))))
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/campaigns", async (Guid? organisationId, RecruitmentService s) =>
            Problems.Found(organisationId is { } org ? await s.CampaignsAsync(org) : null)).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/campaigns.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, RecruitmentService s) =>
                organisationId is { } org && await s.CampaignsAsync(org) is { } rows ? ExcelSheet.File("vervekampanjer.xlsx", "Vervekampanjer", MemberSheet.Campaigns(rows)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/campaigns", async (CampaignInput input, RecruitmentService s) =>
            (await s.CreateCampaignAsync(input)).ToHttp(id => TypedResults.Created($"/api/members/campaigns?organisationId={input.OrganisationId}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        app.MapGet("/api/branches/{id:guid}/member-lists", async (Guid id, MemberLists l) => Problems.Found(await l.GetAsync(id)))
            .WithTags("Medlemmer").Scoped(ScopeRule.Organisation);
        app.MapGet("/api/branches/{id:guid}/member-lists.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, MemberLists l) =>
                await l.GetAsync(id) is { } lists ? ExcelSheet.File("oppfolging.xlsx", "Oppfølging", MemberSheet.Lists(lists)) : Problems.NotFound())
            .WithTags("Medlemmer").ProducesExcel().Scoped(ScopeRule.Organisation);
        app.MapPost("/api/branches/{id:guid}/member-lists/marks", async (Guid id, MarkInput input, MemberLists l) =>
            (await l.MarkAsync(id, input)).ToHttp(n => TypedResults.Ok(new MarkedMember(n)))).WithTags("Medlemmer").Scoped(ScopeRule.Organisation);
        api.MapPost("/year-end", async (YearEndInput input, MemberImport i) =>
            (await i.YearEndByHandAsync(input)).ToHttp(id => TypedResults.Created($"/api/members/statistics?organisationId={input.OrganisationId}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
    }

    public static Outcome<string> ReadFile(string fileName, Stream content) => SheetText.Read(fileName, content, WrongFile);

    private const string WrongFile = "Velg eksporten som CSV (.csv) eller Excel (.xlsx).";

    /// <summary>Saved (201), columns missing or lines that cannot be used (400, nothing saved), or the preview (200).</summary>
    private static Results<Results<Created<MemberImportResult>, ValidationProblem, Ok<MemberImportResult>>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem>
        Imported(Outcome<MemberImportResult> outcome) => outcome.ToHttp(Answer);

    private static Results<Created<MemberImportResult>, ValidationProblem, Ok<MemberImportResult>> Answer(MemberImportResult r) => r switch
    {
        { Saved: true } => TypedResults.Created($"/api/members/statistics", r),
        { MissingColumns.Count: > 0 } => TypedResults.ValidationProblem(
            r.MissingColumns.ToDictionary(c => c.ToString(), c => new[] { $"Fant ikke kolonnen for {Domain.Members.ColumnMapping.Label(c).ToLowerInvariant()}. Velg hvilken kolonne som har den." }),
            title: "Ugyldige opplysninger"),
        { Problems.Count: > 0 } => TypedResults.ValidationProblem(
            r.Problems.GroupBy(p => $"Linje {p.Line}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: $"{Plural.Of(r.Problems.Count, "linje", "linjer")} kan ikke brukes. Ingenting er lagret.", title: "Ugyldige opplysninger"),
        _ => TypedResults.Ok(r),
    };
}

public sealed class MemberImportForm
{
    public Guid OrganisationId { get; set; }
    public DateOnly? TakenOn { get; set; }
    public bool Apply { get; set; }
    public IFormFile? File { get; set; }
}

/// <summary>How many recruitment targets were saved.</summary>
public sealed record SavedTargets(int Saved);

/// <summary>The member number a follow-up mark was set on.</summary>
public sealed record MarkedMember(string MemberNumber);
