using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// Imports the results service's file for the municipalities a county answers for: a report first, then every line saved or none;
/// the columns and the party's code are remembered for the next file.
/// </summary>
public sealed class ResultImport(AppDbContext db, Guard guard, PublicElectionService elections, OrganisationDirectory directory, NodaTime.IClock clock)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const int MaxCharacters = 20_000_000;

    public Task<Outcome<ResultImportReport>> RunAsync(ResultImportInput input, CancellationToken ct = default) => Outcome.Try(async () =>
    {
        if (ImportLimits.TooLong<ResultImportReport>(input.Text, MaxCharacters, nameof(input.Text)) is { } tooLong)
        {
            return tooLong;
        }
        if (await elections.ReachedAsync(input.ElectionId) is not { } election)
        {
            return Outcome<ResultImportReport>.NotFound("Fant ikke valget.");
        }
        if (await RefusedAccessAsync(input, election) is { } noAccess)
        {
            return noAccess;
        }
        var tree = await directory.TreeAsync();
        if (Refused(input, election, tree) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Outcome<ResultImportReport>.Invalid(nameof(input.Text), "Filen er tom. Velg resultatfilen fra valgresultat-tjenesten.");
        }
        var saved = await db.ResultColumnMappings.SingleOrDefaultAsync(m => m.OrganisationId == input.OrganisationId, ct);
        var headers = Domain.Members.DelimitedText.Headers(input.Text);
        var columns = input.Columns is { Count: > 0 } given ? new ResultColumns(given) : saved?.FittingIn(headers) ?? Guessed(headers);
        var party = string.IsNullOrWhiteSpace(input.Party) ? saved?.PartyCode : input.Party.Trim();
        // The municipalities the organisation's counties answer for, by number: a line for any other is a problem.
        // Only the counties under the election's organisation: one above it imports no other election's municipalities.
        var within = tree.SelfAndDescendants(input.OrganisationId).Where(id => tree.IsSelfOrDescendant(id, election.OrganisationId)).ToList();
        var answered = await db.CountyMunicipalities.AsNoTracking().Where(c => EF.Parameter(within).Contains(c.OrganisationId))
            .Join(db.Municipalities, c => c.MunicipalityId, m => m.Id, (c, m) => new { c.OrganisationId, m.Id, m.Number, m.Name }).ToListAsync(ct);
        var byNumber = answered.GroupBy(a => a.Number).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Name));
        if (columns.ForCandidates)
        {
            return await PersonalVotesAsync(input, election, saved, headers, columns, party, byNumber, ct);
        }
        var file = ResultFile.Read(input.Text, columns, party, byNumber, ct);
        var report = new ResultImportReport(false, file.Lines.Count, headers, columns.Columns, party, file.MissingColumns, file.UnknownColumns, file.Problems, file.Lines, []);
        if (!input.Apply || !file.CanBeSaved)
        {
            return report;
        }
        var countyOf = answered.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().OrganisationId);
        await SetResultsAsync(election, file.Lines, countyOf, ct);
        Remember(saved, input.OrganisationId, columns, party);
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<ResultImportReport>.Conflict("Noen andre førte resultater samtidig. Last inn siden og prøv igjen.");
        }
        return report with { Saved = true };
    });

    /// <summary>The columns guessed from the headers: the candidates' file's alone when it has personal votes, else the lists' file's.</summary>
    private static ResultColumns Guessed(IReadOnlyList<string> headers) =>
        ResultColumns.Guess(headers) is var guess && guess.ForCandidates ? guess.Only(ResultColumns.CandidateFields) : guess.Only(ResultColumns.ListFields);

    /// <summary>
    /// The candidates' file: each line's personal votes on the candidate of the municipality's list, all saved or none, and the columns
    /// remembered as the candidates' file's. Who is elected follows from the votes on each list's page.
    /// </summary>
    private async Task<Outcome<ResultImportReport>> PersonalVotesAsync(ResultImportInput input, Election election, ResultColumnMapping? saved, IReadOnlyList<string> headers,
        ResultColumns columns, string? party, Dictionary<Domain.Register.MunicipalityNumber, (Guid Id, string Name)> municipalities, CancellationToken ct)
    {
        var ids = municipalities.Values.Select(m => m.Id).ToList();
        var nominations = await db.Nominations.Include(n => n.Candidates)
            .Where(n => n.ElectionId == election.Id && n.MunicipalityId != null && ids.Contains(n.MunicipalityId.Value)).ToListAsync(ct);
        var people = nominations.SelectMany(n => n.Candidates).Select(c => c.PersonId).Distinct().ToList();
        var names = await db.Persons.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lists = municipalities.Where(m => nominations.Any(n => n.MunicipalityId == m.Value.Id)).ToDictionary(m => m.Key, m =>
        {
            var n = nominations.First(x => x.MunicipalityId == m.Value.Id);
            return new BallotList(n.Id, m.Value.Name, [.. n.Candidates.Where(c => c.DeclinedOn is null).Select(c => (c.Id, c.Place, names.GetValueOrDefault(c.PersonId, "")))]);
        });
        var file = PersonalVoteFile.Read(input.Text!, columns, party, lists, ct);
        var report = new ResultImportReport(false, file.Lines.Count, headers, columns.Columns, party, file.MissingColumns, file.UnknownColumns, file.Problems, [], file.Lines);
        if (!input.Apply || !file.CanBeSaved)
        {
            return report;
        }
        foreach (var list in file.Lines.GroupBy(l => l.NominationId))
        {
            nominations.Single(n => n.Id == list.Key).SetPersonalVotes(list.ToDictionary(l => l.CandidateId, l => (int?)l.Votes));
        }
        Remember(saved, input.OrganisationId, columns, party);
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<ResultImportReport>.Conflict("Noen andre førte personstemmer samtidig. Last inn siden og prøv igjen.");
        }
        return report with { Saved = true };
    }

    /// <summary>Why the user may not import the election's results here: no access to the organisation, or an election not of the kind the file is for.</summary>
    private async Task<Outcome<ResultImportReport>?> RefusedAccessAsync(ResultImportInput input, Election election)
    {
        if (!await guard.ReadsOrganisation(input.OrganisationId))
        {
            return Outcome<ResultImportReport>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<ResultImportReport>.Forbidden(ResultService.EditorsOnly);
        }
        // The file gives the municipalities' results: a local election's lists. Other kinds' lists are entered one by one.
        if (election.Kind != Domain.Elections.ElectionKind.Local)
        {
            return Outcome<ResultImportReport>.Invalid(nameof(input.Text),
                "Resultatfilen gjelder kommunene i et kommune- og fylkestingsvalg. Før resultatet for hver liste i skjemaet over.");
        }
        return null;
    }

    /// <summary>Why no results are taken for the election here: an organisation that takes no part in it, or a day before it.</summary>
    private Outcome<ResultImportReport>? Refused(ResultImportInput input, Election election, Domain.Register.OrganisationTree tree)
    {
        if (!tree.IsSelfOrDescendant(input.OrganisationId, election.OrganisationId) && !tree.IsSelfOrDescendant(election.OrganisationId, input.OrganisationId))
        {
            return Outcome<ResultImportReport>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon som tar del i valget.");
        }
        if (Domain.Common.NorwegianTime.Today(clock) < election.Day)
        {
            return Outcome<ResultImportReport>.Invalid(nameof(input.Text), $"Resultatene kan føres fra valgdagen {Domain.Common.NorwegianTime.Format(election.Day)}.");
        }
        return null;
    }

    /// <summary>Each line's result under its municipality's county: the one already there updated, or a new one added.</summary>
    private async Task SetResultsAsync(Election election, IReadOnlyList<ResultLine> lines, Dictionary<Guid, Guid> countyOf, CancellationToken ct)
    {
        var existing = await db.ListResults.Where(r => r.ElectionId == election.Id && r.MunicipalityId != null).ToListAsync(ct);
        foreach (var line in lines)
        {
            var county = countyOf[line.MunicipalityId];
            if (existing.FirstOrDefault(r => r.CountyId == county && r.MunicipalityId == line.MunicipalityId) is { } result)
            {
                result.Set(line.Votes, line.Share, line.Seats, line.Change);
            }
            else
            {
                db.ListResults.Add(new ListResult(election.Id, county, line.MunicipalityId, line.Votes, line.Share, line.Seats, line.Change) { IsDemo = election.IsDemo });
            }
        }
    }

    /// <summary>The columns and the party's code, kept for the organisation's next file.</summary>
    private void Remember(ResultColumnMapping? saved, Guid organisationId, ResultColumns columns, string? party)
    {
        if (saved is null)
        {
            db.ResultColumnMappings.Add(new ResultColumnMapping(organisationId, columns, party));
        }
        else
        {
            saved.Set(columns, party);
        }
    }
}
