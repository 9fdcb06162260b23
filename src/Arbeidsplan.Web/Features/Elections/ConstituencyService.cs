using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The constituencies of a Sámi parliament election and the organisation that fields the party's list in each, set by those who
/// cover the election's organisation; read by all who read it. A constituency whose nomination has begun keeps its organisation
/// and is not removed, so no list's steps or candidates are lost.
/// </summary>
public sealed class ConstituencyService(AppDbContext db, Guard guard, OrganisationDirectory directory, PublicElectionService elections)
{
    public const int MaxConstituencies = 20;

    public async Task<ConstituencyView?> ViewAsync(Guid electionId)
    {
        if (await elections.ReachedAsync(electionId) is not { } election)
        {
            return null;
        }
        var tree = await directory.TreeAsync();
        var organisations = (await directory.AllAsync())
            .Where(o => o.Kind is OrganisationKind.National or OrganisationKind.Umbrella or OrganisationKind.County or OrganisationKind.CountyPart
                && tree.IsSelfOrDescendant(o.Id, election.OrganisationId))
            .OrderBy(o => o.Kind).ThenBy(o => o.DisplayName, NorwegianText.Comparer).Select(o => new NamedItem(o.Id, o.DisplayName)).ToList();
        var rows = await db.Constituencies.AsNoTracking().Where(c => c.ElectionId == electionId).OrderBy(c => c.Number)
            .Select(c => new { c.Id, c.Number, c.Name, c.OrganisationId, c.Version, Begun = db.Nominations.Any(n => n.ConstituencyId == c.Id) || db.ListResults.Any(r => r.ConstituencyId == c.Id) })
            .ToListAsync();
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.DisplayName);
        return new ConstituencyView(electionId,
            [.. rows.Select(c => new ConstituencyRow(c.Id, c.Number, c.Name, c.OrganisationId, names.GetValueOrDefault(c.OrganisationId, ""), c.Begun, c.Version))],
            organisations, election.Kind == ElectionKind.Sameting && await guard.CoversOrganisation(election.OrganisationId));
    }

    public Task<Outcome<ConstituencyView>> SetAsync(Guid electionId, ConstituenciesInput input) => Outcome.Try<ConstituencyView>(async () =>
    {
        if (await elections.ReachedAsync(electionId) is not { } election)
        {
            return Outcome<ConstituencyView>.NotFound("Fant ikke valget.");
        }
        if (!await guard.CoversOrganisation(election.OrganisationId))
        {
            return Outcome<ConstituencyView>.Forbidden("Bare de som har ansvaret for valget, kan sette valgkretsene.");
        }
        var (lines, wrong) = await CheckedLinesAsync(election, input);
        if (wrong is not null)
        {
            return Outcome<ConstituencyView>.Invalid(nameof(input.Constituencies), wrong);
        }
        if (await ReplaceAsync(election, lines) is { } refused)
        {
            return Outcome<ConstituencyView>.Invalid(nameof(input.Constituencies), refused);
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<ConstituencyView>.Conflict("Noen andre endret valgkretsene samtidig. Last inn siden og prøv igjen.");
        }
        return (await ViewAsync(electionId))!;
    });

    /// <summary>The lines sent, or what is wrong with them: only a Sámi parliament election, each number once, each under the election's organisation.</summary>
    private async Task<(List<ConstituencyLine> Lines, string? Wrong)> CheckedLinesAsync(Election election, ConstituenciesInput input)
    {
        if (election.Kind != ElectionKind.Sameting)
        {
            return ([], "Bare et sametingsvalg har egne valgkretser. I et stortingsvalg er fylkene valgkretser, i et lokalvalg kommunene.");
        }
        var lines = (input.Constituencies ?? []).OfType<ConstituencyLine>().ToList();
        if (lines.Count > MaxConstituencies)
        {
            return (lines, $"Høyst {MaxConstituencies} valgkretser.");
        }
        if (lines.GroupBy(l => l.Number).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return (lines, $"Valgkrets nummer {twice.Key} står to ganger.");
        }
        var tree = await directory.TreeAsync();
        foreach (var line in lines)
        {
            if (!tree.IsSelfOrDescendant(line.OrganisationId, election.OrganisationId) || !await guard.ReadsOrganisation(line.OrganisationId))
            {
                return (lines, $"Velg en organisasjon under valgets organisasjon for valgkrets nummer {line.Number}.");
            }
        }
        return (lines, null);
    }

    /// <summary>Makes the election's constituencies the lines: kept, changed, removed or added by number; why not, for one whose work is begun.</summary>
    private async Task<string?> ReplaceAsync(Election election, List<ConstituencyLine> lines)
    {
        var existing = await db.Constituencies.Where(c => c.ElectionId == election.Id).ToListAsync();
        // A nomination or a result makes a constituency begun: neither is lost with it or left under another organisation.
        var begun = await db.Nominations.Where(n => n.ElectionId == election.Id && n.ConstituencyId != null).Select(n => n.ConstituencyId!.Value)
            .Concat(db.ListResults.Where(r => r.ElectionId == election.Id && r.ConstituencyId != null).Select(r => r.ConstituencyId!.Value)).ToListAsync();
        foreach (var old in existing)
        {
            var line = lines.FirstOrDefault(l => l.Number == old.Number);
            if (begun.Contains(old.Id) && (line is null || line.OrganisationId != old.OrganisationId))
            {
                return $"Arbeidet i {old.Name} er begynt (nominasjon eller resultat): valgkretsen kan ikke fjernes eller gis til en annen organisasjon. Ta stegene, kandidatene og resultatet bort først.";
            }
            if (line is null)
            {
                db.Constituencies.Remove(old);
            }
            else
            {
                old.Update(line.Number, Named(line), line.OrganisationId);
            }
        }
        foreach (var line in lines.Where(l => existing.All(c => c.Number != l.Number)))
        {
            db.Constituencies.Add(new Constituency(election.Id, line.Number, Named(line), line.OrganisationId) { IsDemo = election.IsDemo });
        }
        return null;
    }

    /// <summary>The name given, else the regulation's for the number.</summary>
    private static string Named(ConstituencyLine line) =>
        line.Name is { Length: > 0 } name ? name : SamiConstituencies.Defaults.Where(d => d.Number == line.Number).Select(d => d.Name).FirstOrDefault()
            ?? throw new RuleViolation(nameof(ConstituencyLine.Name), $"Skriv navnet på valgkrets nummer {line.Number}.");
}
