using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>Elections and nominations (Valg): the elections, and per list the nomination's steps with their lights.</summary>
public static class ElectionEndpoints
{
    public static IServiceCollection AddElections(this IServiceCollection services) =>
        services.AddScoped<PublicElectionService>().AddScoped<ConstituencyService>().AddScoped<NominationService>().AddScoped<NominationLinks>().AddScoped<CandidateLists>().AddScoped<MyNominations>()
            .AddScoped<CandidateService>().AddScoped<CampaignOwners>().AddScoped<CampaignService>().AddScoped<CampaignActivities>().AddScoped<ResultService>().AddScoped<ResultImport>().AddScoped<ElectedService>().AddScoped<CountyTargetService>().AddScoped<ElectionRuleService>().AddScoped<ListRuleBands>()
            .AddScoped<Privacy.IPersonalData, ElectionPersonalData>().AddScoped<Privacy.IPersonalData, CampaignPersonalData>();

    public static void MapElectionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCampaignEndpoints();
        app.MapResultEndpoints();
        var api = app.MapGroup("/api/elections").WithTags("Valg");
        api.MapGet("/", async (Guid? organisationId, PublicElectionService s) =>
                organisationId is { } org ? Problems.Found(await s.ListAsync(org)) : Problems.NotFound())
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/", async (ElectionInput input, PublicElectionService s) =>
            (await s.CreateAsync(input)).ToHttp(e => TypedResults.Created($"/api/elections/{e.Id}", e))).Scoped(ScopeRule.Organisation);
        api.MapGet("/municipalities", async (Guid? organisationId, PublicElectionService s) =>
                organisationId is { } org ? Problems.Found(await s.MunicipalitiesAsync(org)) : Problems.NotFound())
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPut("/municipalities", async (MunicipalitiesInput input, PublicElectionService s) => (await s.SetMunicipalitiesAsync(input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, PublicElectionService s) => Problems.Found(await s.FindAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, ElectionInput input, PublicElectionService s) => (await s.UpdateAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/constituencies", async (Guid id, ConstituencyService s) => Problems.Found(await s.ViewAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/constituencies", async (Guid id, ConstituenciesInput input, ConstituencyService s) => (await s.SetAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        // The rules kept as data for every election: read by all, kept by administrators.
        api.MapGet("/rules", async (ElectionRuleService s) => TypedResults.Ok(await s.ViewAsync())).Scoped(ScopeRule.SignedIn);
        api.MapPut("/rules", async (ElectionRulesInput input, ElectionRuleService s) => (await s.SetAsync(input)).ToHttp()).Scoped(ScopeRule.Administrator);
        // A county's own step targets for an election the party above it follows up, addressed by the election and the county: 404 outside scope.
        api.MapGet("/{id:guid}/county-targets", async (Guid id, Guid organisationId, CountyTargetService s) => (await s.ViewAsync(id, organisationId)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/county-targets", async (Guid id, CountyTargetsInput input, CountyTargetService s) => (await s.SetAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        MapNominations(app, api);
        MapCandidateLists(app, api);
    }

    /// <summary>The nominations: the overview of every list (and its sheet), one list's detail, and its steps.</summary>
    private static void MapNominations(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        // The election is addressed (404 outside scope), the organisation chosen (400 outside scope).
        api.MapGet("/{id:guid}/nominations", async Task<Results<Ok<ElectionOverview>, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId, Guid? regionId,
                string? sort, PublicElectionService e, NominationService s) =>
                !await e.ReadsAsync(id) ? Problems.NotFound()
                : organisationId is not { } org || !await e.ReadsOrganisationAsync(org) ? Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til.")
                : await s.OverviewAsync(id, org, regionId, sort == "svakest") is { } overview ? TypedResults.Ok(overview) : Problems.NotFound())
            .Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}/nominations.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId, Guid? regionId,
                string? sort, PublicElectionService e, NominationService s) =>
                !await e.ReadsAsync(id) ? Problems.NotFound()
                : organisationId is not { } org || !await e.ReadsOrganisationAsync(org) ? Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til.")
                : await s.OverviewAsync(id, org, regionId, sort == "svakest") is { } overview
                    ? ExcelSheet.File($"nominasjoner-{overview.Election.Day.Year}.xlsx", "Nominasjoner", Rows(overview)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList);
        // One list's nomination, by its election, county and municipality (none for the county's own list): addressed, so 404 outside scope.
        api.MapGet("/{id:guid}/nomination", async (Guid id, Guid countyId, Guid? municipalityId, Guid? constituencyId, NominationService s) =>
            Problems.Found(await s.DetailAsync(id, countyId, municipalityId, constituencyId))).Scoped(ScopeRule.Organisation);
        app.MapGet("/api/nominations/{id:guid}", async (Guid id, NominationService s) => Problems.Found(await s.DetailAsync(id)))
            .WithTags("Valg").Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/nominations/steps", async (Guid id, StepInput input, NominationService s) =>
        {
            input.ElectionId = id;
            return (await s.RecordAsync(input)).ToHttp();
        }).Scoped(ScopeRule.Organisation);
    }

    /// <summary>The candidate lists: candidates and seats by the list's key, the list alone, and the list as a sheet and as the proposal.</summary>
    private static void MapCandidateLists(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        // The list: candidates by the list's key (the nomination is made with the first), then by their own id.
        api.MapPost("/{id:guid}/candidates", async (Guid id, CandidateInput input, CandidateService s) =>
        {
            input.ElectionId = id;
            return (await s.AddAsync(input)).ToHttp();
        }).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/seats", async (Guid id, SeatsInput input, CandidateService s) =>
        {
            input.ElectionId = id;
            return (await s.SeatsAsync(input)).ToHttp();
        }).Scoped(ScopeRule.Organisation);
        var candidates = app.MapGroup("/api/candidates").WithTags("Valg");
        candidates.MapPut("/{id:guid}", async (Guid id, CandidateInput input, CandidateService s) => (await s.ChangeAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        candidates.MapDelete("/{id:guid}", async (Guid id, long? version, CandidateService s) => (await s.RemoveAsync(id, version)).ToHttp()).Scoped(ScopeRule.Organisation);
        // The list alone, as the page shows it: names to those who answer for it, and to everyone who reads it once adopted.
        app.MapGet("/api/nominations/{id:guid}/list", async Task<Results<Ok<CandidateListView>, NotFoundProblem>> (Guid id, NominationService s) =>
                await s.DetailAsync(id, withLinks: false) is { } d ? TypedResults.Ok(d.List) : Problems.NotFound())
            .WithTags("Valg").Scoped(ScopeRule.Organisation);
        app.MapGet("/api/nominations/{id:guid}/list.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, NominationService s, Data.AuditLog audit) =>
            {
                if (await s.DetailAsync(id, withLinks: false) is not { List.Hidden: false } d)
                {
                    return Problems.NotFound();
                }
                await DownloadedAsync(audit, id, d, "xlsx");
                return ExcelSheet.File(CandidateDocuments.FileName(d, "xlsx"), "Liste", CandidateDocuments.Sheet(d.List));
            })
            .WithTags("Valg").ProducesExcel().Scoped(ScopeRule.Organisation);
        foreach (var (extension, type) in PaperFormat.All)
        {
            app.MapGet($"/api/nominations/{{id:guid}}/list.{extension}", async Task<Results<FileStreamHttpResult, NotFoundProblem>> (Guid id, NominationService s, NominationLinks links,
                    OrganisationDirectory directory, Data.AuditLog audit) =>
                {
                    if (await s.DetailAsync(id, withLinks: false) is not { List.Hidden: false } d)
                    {
                        return Problems.NotFound();
                    }
                    await DownloadedAsync(audit, id, d, extension);
                    return TypedResults.File(PaperFormat.Spool(CandidateDocuments.Proposal(d, await PartyAsync(directory, d.OwnerId), await links.BoardAsync(d.OwnerId)), extension),
                        type, CandidateDocuments.FileName(d, extension));
                })
                .WithTags("Valg").Produces<Stream>(StatusCodes.Status200OK, type).Scoped(ScopeRule.Organisation);
        }
    }

    /// <summary>A list with its candidates' names and birth years leaves the app: who took it, and in what form, is written down.</summary>
    private static Task DownloadedAsync(Data.AuditLog audit, Guid id, NominationDetail d, string extension) =>
        audit.FlushBulkAsync(nameof(Nomination), id, "Exported", new Dictionary<string, string?>
        {
            ["Fil"] = extension, ["Kandidater"] = d.List.Candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>The party's name for the list proposal: its top organisation's.</summary>
    private static async Task<string> PartyAsync(OrganisationDirectory directory, Guid organisationId) =>
        (await directory.FindAsync((await directory.TreeAsync()).RootOf(organisationId)))?.Name ?? "";

    private static IEnumerable<Dictionary<string, object?>> Rows(ElectionOverview overview) => overview.Rows.Select(r =>
    {
        var row = new Dictionary<string, object?> { ["Liste"] = r.Name, ["Lokallag"] = r.Branch ?? (r.Gap ? "Ingen" : ""), ["Region"] = r.Region };
        foreach (var step in r.Steps)
        {
            row[step.Kind.Label()] = step.On is { } on ? $"{NorwegianTime.Format(on)}{(step.Note is { } note ? $": {note}" : "")}"
                : step.Light == StepLight.Late ? $"Forsinket (mål {NorwegianTime.Format(step.Target)})" : "";
        }
        return row;
    });
}
