using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Positions;

/// <summary>The positions the person has held: in the export; at erasure the running ones end today and future ones go.</summary>
public sealed class PositionPersonalData(AppDbContext db, IClock clock) : IPersonalData
{
    public string Section => "Verv";

    public int Order => 20;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var rows = await db.Positions.AsNoTracking().Where(p => p.PersonId == subject.PersonId)
            .Select(p => new
            {
                p.Term,
                Type = db.PositionTypes.Where(t => t.Id == p.PositionTypeId).Select(t => t.Name).First(),
                Place = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault()
                    ?? db.Bodies.Where(b => b.Id == p.BodyId).Select(b => b.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Select(r => new PersonalRecord("Verv", new Dictionary<string, string?>
        {
            ["Verv"] = r.Type, ["Hvor"] = r.Place, ["Fra"] = NorwegianTime.Format(r.Term.From), ["Til"] = r.Term.To is { } to ? NorwegianTime.Format(to) : null,
        })).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var today = clock.Today();
        var changed = 0;
        foreach (var position in await db.Positions.Where(p => p.PersonId == subject.PersonId).ToListAsync(ct))
        {
            if (position.Term.From > today)
            {
                db.Positions.Remove(position);
                changed++;
            }
            else if (position.Term.IsActiveOn(today))
            {
                position.ChangeTerm(position.Term.EndOn(today));
                changed++;
            }
        }
        return new ErasurePart(Section, changed, []);
    }
}
