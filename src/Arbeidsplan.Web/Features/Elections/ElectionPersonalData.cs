using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The nomination steps a person recorded, by the name kept as their recorder (at erasure the name leaves them, the steps stay the
/// branch's), and the lists the person stands on (at erasure taken off them, the rest closing up).
/// </summary>
public sealed class ElectionPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Valg";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var steps = await db.NominationSteps.AsNoTracking().Where(s => names.Contains(s.RecordedBy)).OrderBy(s => s.On).Select(s => new { s.Kind, s.On }).ToListAsync(ct);
        var candidacies = await db.Candidates.AsNoTracking().Where(c => c.PersonId == subject.PersonId)
            .Join(db.Nominations, c => c.NominationId, n => n.Id, (c, n) => new
            {
                c.Place, c.BirthYear, c.Gender, c.Residence, c.Cumulated, c.DeclinedOn, c.PersonalVotes,
                Election = db.Elections.Where(e => e.Id == n.ElectionId).Select(e => e.Name).First(),
                Municipality = db.Municipalities.Where(m => m.Id == n.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
                Constituency = db.Constituencies.Where(k => k.Id == n.ConstituencyId).Select(k => k.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return
        [
            .. steps.Select(s => new PersonalRecord("Registrerte et nominasjonssteg", new Dictionary<string, string?>
            {
                ["Steg"] = Domain.Elections.NominationStepKinds.Label(s.Kind), ["Dato"] = NorwegianTime.Format(s.On),
            })),
            .. candidacies.Select(c => new PersonalRecord("Kandidat på en liste", new Dictionary<string, string?>
            {
                ["Valg"] = c.Election, ["Liste"] = c.Municipality ?? c.Constituency ?? "Fylkets liste", ["Plass"] = c.DeclinedOn is null ? $"{c.Place}" : "Takket nei",
                ["Fødselsår"] = $"{c.BirthYear}", ["Kjønn"] = c.Gender.ToString(), ["Bosted"] = c.Residence, ["Kumulert"] = c.Cumulated ? "Ja" : "Nei",
                ["Personstemmer"] = c.PersonalVotes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })),
        ];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var steps = await db.NominationSteps.Where(s => names.Contains(s.RecordedBy)).ToListAsync(ct);
        steps.ForEach(s => s.ForgetRecorder());
        var lists = await db.Nominations.Include(n => n.Candidates).Where(n => n.Candidates.Any(c => c.PersonId == subject.PersonId)).ToListAsync(ct);
        foreach (var list in lists)
        {
            db.Candidates.Remove(list.Remove(list.Candidates.Single(c => c.PersonId == subject.PersonId).Id));
        }
        return new ErasurePart(Section, steps.Count + lists.Count, []);
    }
}
