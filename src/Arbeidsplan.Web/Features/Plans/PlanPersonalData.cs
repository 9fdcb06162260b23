using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Plans;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// Status notes the person wrote (their name goes); measures and notes whose text names them (reported); adopted versions of
/// plans, which are the organisation's archive (reported, never altered).
/// </summary>
public sealed class PlanPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Arbeidsplaner";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var notes = await db.StatusNotes.AsNoTracking().Where(n => names.Contains(n.Author))
            .Join(db.Measures, n => n.MeasureId, m => m.Id, (n, m) => new { n.On, n.Status, n.Text, m.Code, Measure = m.Text }).ToListAsync(ct);
        return notes.Select(n => new PersonalRecord("Statusnotat du skrev", new Dictionary<string, string?>
        {
            ["Dato"] = NorwegianTime.Format(n.On), ["Tiltak"] = $"{n.Code} {n.Measure}".Trim(), ["Status"] = n.Status.Label(), ["Notat"] = n.Text,
        })).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var notes = await db.StatusNotes.Where(n => names.Contains(n.Author)).ToListAsync(ct);
        notes.ForEach(n => n.ForgetAuthor());
        var name = subject.Name.ToLower();
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Text.ToLower().Contains(name) || m.OwnerText != null && m.OwnerText.ToLower().Contains(name))
            .Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { m.Code, m.Text, p.Title }).ToListAsync(ct);
        var revisions = await db.PlanRevisions.AsNoTracking().Where(r => names.Contains(r.Author) || r.Content.ToLower().Contains(name))
            .Join(db.Plans, r => r.PlanId, p => p.Id, (r, p) => new { r.Number, p.Title }).ToListAsync(ct);
        var notChanged = measures
            .Select(m => $"Tiltak {m.Code} i «{m.Title}» nevner personen: «{Mentions.Excerpt(m.Text)}»")
            .Concat(notes.Where(n => Mentions.Names(n.Text, subject)).Select(n => $"Et statusnotat nevner personen: «{Mentions.Excerpt(n.Text)}»"))
            .Concat(revisions.Select(r => $"Versjon {r.Number} av «{r.Title}» er vedtatt og arkivert, og nevner personen; den er ikke endret."))
            .ToList();
        return new ErasurePart(Section, notes.Count, notChanged);
    }
}
