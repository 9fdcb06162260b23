using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Study;

/// <summary>Study circles the person led, by name: the name goes at erasure, the circle and its hours stay.</summary>
public sealed class StudyPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Studiearbeid";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var circles = await db.StudyCircles.AsNoTracking().Where(c => names.Contains(c.LeaderName))
            .Select(c => new { c.StartsOn, c.EndsOn, c.Hours, Material = db.StudyMaterials.Where(m => m.Id == c.MaterialId).Select(m => m.Name).First() }).ToListAsync(ct);
        return circles.Select(c => new PersonalRecord("Studiering du ledet", new Dictionary<string, string?>
        {
            ["Materiell"] = c.Material, ["Fra"] = NorwegianTime.Format(c.StartsOn), ["Til"] = NorwegianTime.Format(c.EndsOn),
            ["Timer"] = c.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var circles = await db.StudyCircles.Where(c => names.Contains(c.LeaderName)).ToListAsync(ct);
        circles.ForEach(c => c.ForgetLeader());
        return new ErasurePart(Section, circles.Count, []);
    }
}
