using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>An election's results per list: read, entered one list at a time, imported from the results service's file.</summary>
public static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/elections").WithTags("Valgresultat");
        api.MapGet("/{id:guid}/results", async Task<Results<Ok<ResultsView>, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId,
                PublicElectionService e, ResultService s) =>
                await e.ReachedAsync(id) is not { } election ? Problems.NotFound()
                : await s.ViewAsync(id, organisationId ?? election.OrganisationId) is { } view ? TypedResults.Ok(view)
                : organisationId is null ? Problems.NotFound() : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}/results.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId,
                PublicElectionService e, ResultService s) =>
                await e.ReachedAsync(id) is not { } election ? Problems.NotFound()
                : await s.ViewAsync(id, organisationId ?? election.OrganisationId) is { } view
                    ? ExcelSheet.File($"valgresultat-{election.Day.Year}.xlsx", "Resultat", ResultSheet(view))
                : organisationId is null ? Problems.NotFound() : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .ProducesExcel().Scoped(ScopeRule.FilteredList);
        api.MapPut("/{id:guid}/results", async (Guid id, ResultInput input, ResultService s) =>
        {
            input.ElectionId = id;
            return (await s.SaveAsync(input)).ToHttp(x => TypedResults.Ok(new IdRow(x)));
        }).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/results/import", async (Guid id, ResultImportInput input, ResultImport i, CancellationToken ct) =>
        {
            input.ElectionId = id;
            return (await i.RunAsync(input, ct)).ToHttp(Answer);
        }).WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        // After the count, one list: its personal votes, who is elected, and the elected registered as public-office holders.
        var lists = app.MapGroup("/api/nominations").WithTags("Valgresultat");
        lists.MapGet("/{id:guid}/elected", async (Guid id, ElectedService s) => Problems.Found(await s.ViewAsync(id))).Scoped(ScopeRule.Organisation);
        app.MapGet("/api/nominations/{id:guid}/elected.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, ElectedService s) =>
                await s.ViewAsync(id) is { ListVotes: not null } v
                    ? ExcelSheet.File($"valgte-{Paper.Slug(v.List)}.xlsx", "Valgte", v.Rows.Select(r => new Dictionary<string, object?>
                    {
                        ["Nr."] = r.Rank, ["Kandidat"] = r.Name, ["Plass på listen"] = r.Place, ["Kumulert"] = r.Cumulated ? "Ja" : "", ["Personstemmer"] = r.PersonalVotes,
                        ["I alt"] = r.Score, ["Utfall"] = r.Outcome, ["Registrert"] = string.Join(", ", r.Offices),
                    }))
                    : Problems.NotFound())
            .WithTags("Valgresultat").ProducesExcel().Scoped(ScopeRule.Organisation);
        lists.MapPut("/{id:guid}/personal-votes", async (Guid id, PersonalVotesInput input, ElectedService s) =>
            (await s.SetVotesAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        lists.MapPost("/{id:guid}/elected", async (Guid id, ElectedInput input, ElectedService s) => (await s.RegisterAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }

    /// <summary>Saved (201); asked to save a file with lines or columns that cannot be used (400, nothing saved, every line said); the report (200).</summary>
    private static Results<Created<ResultImportReport>, ValidationProblem, Ok<ResultImportReport>> Answer(ResultImportReport r) => r switch
    {
        { Saved: true } => TypedResults.Created("/api/elections/results", r),
        { MissingColumns.Count: > 0 } or { UnknownColumns.Count: > 0 } or { Problems.Count: > 0 } => TypedResults.ValidationProblem(Errors(r), title: "Ugyldige opplysninger"),
        _ => TypedResults.Ok(r),
    };

    private static Dictionary<string, string[]> Errors(ResultImportReport r)
    {
        var errors = r.MissingColumns.ToDictionary(c => c.ToString(),
            c => new[] { $"Fant ikke kolonnen for {Domain.Elections.ResultColumns.Label(c).ToLowerInvariant()}. Kolonnene i filen er: {string.Join(", ", r.Headers)}." });
        if (r.UnknownColumns.Count > 0)
        {
            errors["Columns"] = [$"Filen har ikke kolonnene {string.Join(", ", r.UnknownColumns)}."];
        }
        foreach (var p in r.Problems.Take(200))
        {
            errors[$"Linje {p.Line}"] = [p.Message];
        }
        return errors;
    }

    /// <summary>A row per list with the last election beside it, then the sum, as the results page shows them.</summary>
    private static IEnumerable<Dictionary<string, object?>> ResultSheet(ResultsView view) =>
        view.Rows.Select(r => new Dictionary<string, object?>
        {
            ["Liste"] = r.Name, ["Stemmer"] = r.Votes, ["Oppslutning %"] = r.Share, ["Endring (prosentpoeng)"] = r.Change, ["Oppslutning forrige valg %"] = r.ShareBefore,
            ["Mandater"] = r.Seats, ["Mandater forrige valg"] = r.SeatsBefore,
        }).Append(new Dictionary<string, object?>
        {
            ["Liste"] = "Sum", ["Stemmer"] = view.Votes, ["Oppslutning %"] = null, ["Endring (prosentpoeng)"] = null, ["Oppslutning forrige valg %"] = null,
            ["Mandater"] = view.Seats, ["Mandater forrige valg"] = view.SeatsBefore,
        });
}
