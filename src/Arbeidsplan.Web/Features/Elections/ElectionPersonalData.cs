using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The nomination steps a person recorded, by the name kept as their recorder; at erasure the name leaves them, the steps stay the
/// branch's. (Candidates on lists will join here with the lists.)
/// </summary>
public sealed class ElectionPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Valg";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var steps = await db.NominationSteps.AsNoTracking().Where(s => names.Contains(s.RecordedBy)).OrderBy(s => s.On).Select(s => new { s.Kind, s.On }).ToListAsync(ct);
        return [.. steps.Select(s => new PersonalRecord("Registrerte et nominasjonssteg", new Dictionary<string, string?>
        {
            ["Steg"] = Domain.Elections.NominationStepKinds.Label(s.Kind), ["Dato"] = NorwegianTime.Format(s.On),
        }))];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var steps = await db.NominationSteps.Where(s => names.Contains(s.RecordedBy)).ToListAsync(ct);
        steps.ForEach(s => s.ForgetRecorder());
        return new ErasurePart(Section, steps.Count, []);
    }
}
