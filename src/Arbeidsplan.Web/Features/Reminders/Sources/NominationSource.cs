using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// Nomination steps not taken as their target nears, for every list of a coming election: a municipality's to the branch that
/// covers it (the county where none does), the county's own list to its owner. It goes to the owner's leader and its nomination
/// committee (the holders of a position that nominates, in the organisation or on one of its bodies).
/// </summary>
public sealed class NominationSource(AppDbContext db, OrganisationDirectory directory) : ReminderSource
{
    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var c = context;
        var elections = await db.Elections.AsNoTracking().Where(e => e.Day >= c.Day).ToListAsync(ct);
        if (elections.Count == 0)
        {
            return [];
        }
        var electionIds = elections.Select(e => e.Id).ToList();
        var taken = (await db.NominationStepsAsync(electionIds, ct)).Select(s => (s.ElectionId, s.County, s.Area, s.Kind)).ToHashSet();
        var source = await directory.NominationListSourceAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.OrganisationId }).ToDictionaryAsync(b => b.Id, b => b.OrganisationId, ct);
        var kinds = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.Kind);
        var own = await db.CountyStepTargets.AsNoTracking().Where(t => electionIds.Contains(t.ElectionId)).ToListAsync(ct);
        var items = new List<ReminderItem>();
        foreach (var election in elections)
        {
            var book = new StepTargetBook(election, own, c.Tree);
            foreach (var list in source.ListsOf(election, c.Tree, kinds, c.NameOf))
            {
                var people = Committee(c, list.Owner, bodies).Concat(c.Index.WithRole(c.Index.InOrganisation(list.Owner), PositionRole.Leads)).Distinct().ToList();
                foreach (var kind in NominationStepKinds.All)
                {
                    var target = book.For(list.County, kind);
                    if (people.Count > 0 && target >= c.Day && target <= c.Horizon && !taken.Contains((election.Id, list.County, list.Area, kind)))
                    {
                        items.Add(Item(election, list, kind, target, people, c));
                    }
                }
            }
        }
        return items;
    }

    private static ReminderItem Item(Election election, NominationList list, NominationStepKind kind, NodaTime.LocalDate target, IReadOnlyList<Guid> people, ReminderContext c)
    {
        var (county, _, name, owner, _) = list;
        var listId = ReminderItem.IdOf(election.Id, list.Area ?? county);
        var link = ListAddress.Of(election.Id, list.Key);
        return new ReminderItem(ReminderKind.NominationStepDue, ReminderItem.IdOf(listId, new Guid((int)kind + 1, 0, 0, new byte[8])), target, owner, people,
            $"du er leder eller i nominasjonskomiteen i {c.NameOf(owner)}",
            $"{kind.Label()}: målet er {NorwegianTime.Format(target)} ({name})",
            [
                $"{election.Name}: nominasjonen i {name}.",
                $"Målet for «{kind.Label().ToLowerInvariant()}» er {NorwegianTime.Format(target)}, og steget er ikke registrert.",
                "Registrer steget i Arbeidsplan når det er tatt.",
            ], link);
    }

    private static IEnumerable<Guid> Committee(ReminderContext c, Guid owner, IReadOnlyDictionary<Guid, Guid> bodies) =>
        c.Index.Offices.Where(o => (o.Roles & PositionRole.Nominates) != 0
                && (o.OrganisationId == owner || (o.BodyId is { } body && bodies.GetValueOrDefault(body) == owner)))
            .Select(o => o.PersonId);
}
