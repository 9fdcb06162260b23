using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// A county's own targets for the nomination steps of an election the national party follows up («toppkandidat før nyttår»):
/// read by those who read the county, set by those who cover it. The election's owner sets the election's targets instead.
/// </summary>
public sealed class CountyTargetService(AppDbContext db, Guard guard, OrganisationDirectory directory)
{
    public async Task<Outcome<CountyTargetsView>> ViewAsync(Guid electionId, Guid organisationId)
    {
        var (election, failure) = await ChosenAsync(electionId, organisationId);
        if (election is null)
        {
            return failure!;
        }
        var own = await db.CountyStepTargets.AsNoTracking().Where(t => t.ElectionId == electionId).ToListAsync();
        var book = new StepTargetBook(election, own, await directory.TreeAsync());
        var mine = own.FirstOrDefault(t => t.OrganisationId == organisationId);
        var targets = NominationStepKinds.All.Select(k => new CountyTarget(k, k.Label(), election.TargetFor(k), book.Above(organisationId, k),
            mine?.Targets.FirstOrDefault(t => t.Kind == k)?.On, book.For(organisationId, k))).ToList();
        return new CountyTargetsView(election.Id, election.Name, (await directory.FindAsync(election.OrganisationId))?.DisplayName ?? "",
            organisationId, (await directory.FindAsync(organisationId))?.DisplayName ?? "", targets, mine?.Version ?? 0, await guard.CoversOrganisation(organisationId));
    }

    /// <summary>Replaces the organisation's own targets; all of them empty removes them, and its lists follow the election's again.</summary>
    public Task<Outcome<CountyTargetsView>> SetAsync(Guid electionId, CountyTargetsInput input) => Outcome.Try(async () =>
    {
        var (election, failure) = await ChosenAsync(electionId, input.OrganisationId);
        if (election is null)
        {
            return failure!;
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<CountyTargetsView>.Forbidden("Bare de som har ansvaret for organisasjonen, kan sette dens egne mål.");
        }
        var given = (input.Targets ?? []).Where(t => t.Value is not null)
            .Select(t => Enum.IsDefined(t.Key) ? new StepTarget(t.Key, LocalDate.FromDateOnly(t.Value!.Value)) : throw new Domain.Common.RuleViolation(nameof(input.Targets), "Et av stegene finnes ikke."))
            .ToList();
        var row = await db.CountyStepTargets.SingleOrDefaultAsync(t => t.ElectionId == electionId && t.OrganisationId == input.OrganisationId);
        if (row is null)
        {
            if (input.Version is > 0)
            {
                return Outcome<CountyTargetsView>.Conflict();
            }
            db.CountyStepTargets.Add(row = new CountyStepTargets(electionId, input.OrganisationId));
        }
        else
        {
            db.ExpectVersion(row, input.Version);
        }
        var book = new StepTargetBook(election, await db.CountyStepTargets.AsNoTracking().Where(t => t.ElectionId == electionId).ToListAsync(), await directory.TreeAsync());
        row.Set(given, election.Day, kind => book.Above(input.OrganisationId, kind));
        if (given.Count == 0)
        {
            db.CountyStepTargets.Remove(row);
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<CountyTargetsView>.Conflict();
        }
        return await ViewAsync(electionId, input.OrganisationId);
    });

    /// <summary>
    /// The election when the organisation chosen may have targets of its own for it: one the reader reads, strictly below the
    /// election's owner and not a branch (a branch's list follows its county). The targets are addressed by the election and the
    /// organisation together, so an organisation the reader does not read, or one with no part in the election, is not found.
    /// </summary>
    private async Task<(Election? Election, Outcome<CountyTargetsView>? Failure)> ChosenAsync(Guid electionId, Guid organisationId)
    {
        var election = await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Id == electionId);
        var tree = await directory.TreeAsync();
        if (election is null || !await guard.ReadsOrganisation(organisationId) || !tree.IsSelfOrDescendant(organisationId, election.OrganisationId))
        {
            return (null, Outcome<CountyTargetsView>.NotFound("Fant ikke valget."));
        }
        if (organisationId == election.OrganisationId || await directory.FindAsync(organisationId) is not { Kind: not OrganisationKind.Local })
        {
            return (null, Outcome<CountyTargetsView>.Invalid(nameof(CountyTargetsInput.OrganisationId),
                "Egne mål settes av et fylkeslag under den som følger opp valget. Den som følger opp valget, endrer valgets mål."));
        }
        return (election, null);
    }
}
