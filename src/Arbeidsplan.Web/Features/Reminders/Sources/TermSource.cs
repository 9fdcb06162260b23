using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>A term of office that ends soon, to its holder: time to stand again or hand over.</summary>
public sealed class TermSource(AppDbContext db) : ReminderSource
{
    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var day = context.Day;
        // A holder already re-elected (a new term of the same office, starting later) is not told the old one ends.
        var renewed = (await db.Positions.AsNoTracking().Where(p => p.Term.From > day)
            .Select(p => new { p.PersonId, p.PositionTypeId, p.OrganisationId, p.BodyId }).ToListAsync(ct)).ToHashSet();
        var ending = context.Index.Offices.Where(o => o.TermTo is { } to && to >= context.Day && to <= context.Horizon
            && !renewed.Contains(new { o.PersonId, PositionTypeId = o.TypeId, o.OrganisationId, o.BodyId })).ToList();
        var bodyIds = ending.Where(o => o.BodyId is not null).Select(o => o.BodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => new { b.Name, b.OrganisationId }, ct);
        return ending.Select(o =>
        {
            var organisation = o.OrganisationId ?? bodies[o.BodyId!.Value].OrganisationId;
            var where = o.BodyId is { } body ? $"{bodies[body].Name} i {context.NameOf(organisation)}" : context.NameOf(organisation);
            var to = o.TermTo!.Value;
            return new ReminderItem(ReminderKind.TermEnding, o.PositionId, to, organisation, [o.PersonId], $"du har vervet {o.TypeName.ToLowerInvariant()} i {where}",
                $"Vervet som {o.TypeName.ToLowerInvariant()} går ut {NorwegianTime.Format(to)}",
                [
                    $"Verv: {o.TypeName}, {where}",
                    $"Perioden går ut {NorwegianTime.Format(to)}.",
                    "Si fra til valgkomiteen om du tar gjenvalg, og sørg for at den som tar over, får det hun trenger.",
                ], $"/verv/{o.PositionId}");
        }).ToList();
    }
}
