using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// Open measures of adopted plans with a deadline: a reminder before it and one when it has passed, to the measure's owner. The
/// owner is the people holding the owning position in the plan's organisation, or if none holds it there, its holders in the
/// organisations below; the members of the owning body; or the leader of the owning organisation.
/// </summary>
public sealed class MeasureSource(AppDbContext db) : ReminderSource
{
    private static readonly MeasureStatus[] Open = [MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed];

    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var c = context;
        var (from, to) = (c.LookBack, c.Horizon);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.DueOn >= from && m.DueOn <= to && Open.Contains(m.Status)
                && (m.OwnerPositionTypeId != null || m.OwnerBodyId != null || m.OwnerOrganisationId != null))
            .Join(db.Plans.Where(p => p.State == PlanState.Adopted || p.State == PlanState.Revised), m => m.PlanId, p => p.Id, (m, p) => new
            {
                m.Id, m.PlanId, m.Code, m.Text, m.DueOn, m.Status, m.OwnerText, m.OwnerPositionTypeId, m.OwnerBodyId, m.OwnerOrganisationId,
                PlanTitle = p.Title, p.OrganisationId,
            })
            .ToListAsync(ct);
        var bodyIds = measures.Where(m => m.OwnerBodyId is not null).Select(m => m.OwnerBodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var items = new List<ReminderItem>();
        foreach (var m in measures)
        {
            var (people, who) = Owners(c, m.OrganisationId, m.OwnerPositionTypeId, m.OwnerBodyId, m.OwnerOrganisationId, bodies);
            if (people.Count == 0)
            {
                continue;
            }
            var due = m.DueOn!.Value;
            var title = $"{m.Code} {m.Text}".Trim();
            var shortTitle = title.Length > 120 ? title[..117] + "…" : title;
            var lines = new List<string>
            {
                $"Tiltak: {title}",
                $"Plan: {m.PlanTitle}",
                $"Ansvarlig: {m.OwnerText}",
                $"Frist: {NorwegianTime.Format(due)}",
                $"Status nå: {m.Status.Label()}",
            };
            var link = $"/plan/{m.PlanId}/tiltak/{m.Id}";
            items.Add(new ReminderItem(ReminderKind.MeasureDue, m.Id, due, m.OrganisationId, people, who, $"Frist {NorwegianTime.Format(due)}: {shortTitle}",
                [.. lines, "Meld status på tiltaket når det er gjort, eller skriv hvor det står."], link));
            items.Add(new ReminderItem(ReminderKind.MeasureOverdue, m.Id, due, m.OrganisationId, people, who, $"Fristen er passert: {shortTitle}",
                [.. lines, "Fristen er passert. Meld status: gjennomført, utsatt eller droppet, med en kort merknad."], link));
        }
        return items;
    }

    private static (IReadOnlyList<Guid> People, string Who) Owners(ReminderContext c, Guid planOrganisation, Guid? typeId, Guid? bodyId, Guid? organisationId,
        IReadOnlyDictionary<Guid, string> bodies)
    {
        if (typeId is { } type)
        {
            var here = c.Index.InOrganisation(planOrganisation).Where(o => o.TypeId == type).ToList();
            if (here.Count > 0)
            {
                return ([.. here.Select(o => o.PersonId).Distinct()], $"du har vervet {here[0].TypeName.ToLowerInvariant()} i {c.NameOf(planOrganisation)}, som er ansvarlig for tiltaket");
            }
            var below = c.Tree.SelfAndDescendants(planOrganisation).Where(id => id != planOrganisation)
                .SelectMany(c.Index.InOrganisation).Where(o => o.TypeId == type).ToList();
            return below.Count == 0 ? ([], "")
                : ([.. below.Select(o => o.PersonId).Distinct()], $"du har vervet {below[0].TypeName.ToLowerInvariant()} i en organisasjon under {c.NameOf(planOrganisation)}, som er ansvarlig for tiltaket");
        }
        if (bodyId is { } body)
        {
            var members = c.Index.OnBody(body).Select(o => o.PersonId).Distinct().ToList();
            return (members, $"du sitter i {bodies.GetValueOrDefault(body, "organet")}, som er ansvarlig for tiltaket");
        }
        var org = organisationId!.Value;
        return (c.Index.WithRole(c.Index.InOrganisation(org), Domain.Register.PositionRole.Leads), $"du leder {c.NameOf(org)}, som er ansvarlig for tiltaket");
    }
}
