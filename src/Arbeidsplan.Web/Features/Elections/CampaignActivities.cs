using Arbeidsplan.Domain.Common;
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
/// The campaign's activity log: a branch's stands, doors, meetings, debates and leaflets, logged by those who cover the branch and
/// by its campaign contact; read, per branch and week, by all who read the organisation. The weeks are counted in the database
/// (by day and kind), so a county's season is a few hundred rows, not its every entry.
/// </summary>
public sealed class CampaignActivities(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, CampaignService campaigns, IClock clock)
{
    public const int RecentCount = 30;

    public async Task<ActivityOverview?> OverviewAsync(Guid electionId, Guid organisationId)
    {
        if (await campaigns.InTreeAsync(electionId, organisationId) is not { } election || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var tree = await directory.TreeAsync();
        var within = tree.SelfAndDescendants(organisationId).ToList();
        // The organisations go as one parameter (json_each, an array on PostgreSQL): a country's 3,700 as one parameter each made both
        // statements 100 KB to parse and plan at every request.
        var days = await db.CampaignActivities.AsNoTracking().Where(a => a.ElectionId == electionId && EF.Parameter(within).Contains(a.OrganisationId))
            .GroupBy(a => new { a.OrganisationId, a.On, a.Kind }).Select(g => new { g.Key.OrganisationId, g.Key.On, g.Key.Kind, Activities = g.Count(), Count = g.Sum(a => a.Count) })
            .ToListAsync();
        var weeks = ActivityWeek.Of(days.Select(d => (d.On, d.Kind, d.Activities, d.Count)));
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.DisplayName);
        var branches = days.GroupBy(d => d.OrganisationId).Select(g => new BranchActivity(g.Key, names.GetValueOrDefault(g.Key, ""), g.Sum(d => d.Activities),
                g.GroupBy(d => d.Kind).ToDictionary(k => k.Key, k => k.Sum(d => d.Count)),
                g.GroupBy(d => ActivityWeek.MondayOf(d.On)).ToDictionary(w => w.Key, w => w.Sum(d => d.Activities))))
            .OrderBy(b => b.Name, NorwegianText.Comparer).ToList();
        var logsFor = await LogsForAsync(within);
        var recent = await RowsAsync(db.CampaignActivities.Where(a => a.ElectionId == electionId && EF.Parameter(within).Contains(a.OrganisationId)), 1, RecentCount, logsFor);
        return new ActivityOverview(await campaigns.ElectionRowAsync(election), organisationId, names.GetValueOrDefault(organisationId, ""), weeks, branches, recent.Items,
            [.. logsFor.Select(id => new NamedItem(id, names.GetValueOrDefault(id, ""))).OrderBy(n => n.Name, NorwegianText.Comparer)], clock.Today());
    }

    /// <summary>The entries of the organisation and those below it, the latest first, a page at a time.</summary>
    public async Task<Paged<ActivityRow>?> ListAsync(Guid electionId, Guid organisationId, int page, int pageSize = 100)
    {
        if (await campaigns.InTreeAsync(electionId, organisationId) is null || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var within = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        return await RowsAsync(db.CampaignActivities.Where(a => a.ElectionId == electionId && EF.Parameter(within).Contains(a.OrganisationId)), page, Math.Clamp(pageSize, 1, 500),
            await LogsForAsync(within));
    }

    private async Task<Paged<ActivityRow>> RowsAsync(IQueryable<CampaignActivity> activities, int page, int pageSize, IReadOnlyCollection<Guid> logsFor)
    {
        var rows = await activities.AsNoTracking().OrderByDescending(a => a.On).ThenByDescending(a => a.Id)
            .Select(a => new { a, Organisation = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.ShortName ?? o.Name).First() })
            .ToPagedAsync(page, pageSize);
        return rows.Select(r => new ActivityRow(r.a.Id, r.a.OrganisationId, r.Organisation, r.a.Kind, r.a.Kind.Label(), r.a.On, r.a.Count,
            r.a.Kind.Counts(), r.a.Note, r.a.RecordedBy, logsFor.Contains(r.a.OrganisationId), r.a.Version));
    }

    /// <summary>The organisations among those given the actor logs for: those they cover, and the branches whose campaign contact they are.</summary>
    private async Task<IReadOnlyCollection<Guid>> LogsForAsync(IReadOnlyList<Guid> within)
    {
        var scope = await access.ScopeAsync();
        var logs = within.Where(scope.CoversOrganisation).ToHashSet();
        if (await access.PersonIdAsync() is { } me)
        {
            var today = clock.Today();
            var contactOf = await db.Positions.AsNoTracking().Where(p => p.PersonId == me && p.OrganisationId != null && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today)
                    && db.PositionTypes.Any(t => t.Id == p.PositionTypeId && (t.Roles & PositionRole.CampaignContact) != 0))
                .Select(p => p.OrganisationId!.Value).ToListAsync();
            logs.UnionWith(contactOf.Where(within.Contains));
        }
        return logs;
    }

    public Task<Outcome<Guid>> LogAsync(CampaignActivityInput input) => Outcome.Try<Guid>(async () =>
    {
        if (!await campaigns.ReachesElectionAsync(input.ElectionId))
        {
            return Outcome<Guid>.Invalid(nameof(input.ElectionId), "Velg et valg du har tilgang til.");
        }
        if (await campaigns.InTreeAsync(input.ElectionId, input.OrganisationId) is not { } election || !await guard.ReadsOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg et lokallag du har tilgang til, som er med i valget.");
        }
        if (!(await LogsForAsync([input.OrganisationId])).Contains(input.OrganisationId))
        {
            return Outcome<Guid>.Forbidden(LoggersOnly);
        }
        if (input.Kind is not { } kind)
        {
            return Outcome<Guid>.Invalid(nameof(input.Kind), "Velg hva slags aktivitet det var.");
        }
        if (input.On is not { } on)
        {
            return Outcome<Guid>.Invalid(nameof(input.On), "Velg datoen for aktiviteten.");
        }
        if (input.Count is not { } count)
        {
            return Outcome<Guid>.Invalid(nameof(input.Count), $"Skriv antallet ({kind.Counts()}).");
        }
        var activity = new CampaignActivity(election, input.OrganisationId, kind, LocalDate.FromDateOnly(on), count, input.Note, access.ActorName, clock.Today());
        db.CampaignActivities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid id, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await db.CampaignActivities.SingleOrDefaultAsync(a => a.Id == id) is not { } activity || !await guard.ReadsOrganisation(activity.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke aktiviteten.");
        }
        if (!(await LogsForAsync([activity.OrganisationId])).Contains(activity.OrganisationId))
        {
            return Outcome<Guid>.Forbidden(LoggersOnly);
        }
        db.ExpectVersion(activity, version);
        db.CampaignActivities.Remove(activity);
        await db.SaveChangesAsync();
        return id;
    });

    public const string LoggersOnly = "Bare lokallagets ledelse, valgkampkontakten og de som har ansvaret over laget, kan føre aktiviteter for det.";
}
