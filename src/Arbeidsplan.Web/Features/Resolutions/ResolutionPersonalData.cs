using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Resolutions;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// Resolutions and their follow-up steps that name the person as responsible (the name goes at erasure, the task stays); an
/// adopted text, a step's note or a media title that mentions them is the organisation's archive and is reported, not changed.
/// </summary>
public sealed class ResolutionPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Resolusjoner og uttalelser";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = Lowered(subject);
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => r.Responsible != null && names.Contains(r.Responsible.ToLower()))
            .OrderBy(r => r.AdoptedOn).Select(r => new { r.Title, r.AdoptedOn }).ToListAsync(ct);
        var steps = await db.ResolutionSteps.AsNoTracking().Where(s => s.Responsible != null && names.Contains(s.Responsible.ToLower()))
            .Select(s => new { s.Title, s.DueOn, Resolution = db.Resolutions.Where(r => r.Id == s.ResolutionId).Select(r => r.Title).First() }).ToListAsync(ct);
        return [.. resolutions.Select(r => new PersonalRecord("Ansvarlig for oppfølgingen", new Dictionary<string, string?>
        {
            ["Resolusjon eller uttalelse"] = r.Title, ["Vedtatt"] = NorwegianTime.Format(r.AdoptedOn),
        })), .. steps.Select(s => new PersonalRecord("Ansvarlig for et steg i oppfølgingen", new Dictionary<string, string?>
        {
            ["Resolusjon eller uttalelse"] = s.Resolution, ["Steg"] = s.Title, ["Frist"] = s.DueOn is { } due ? NorwegianTime.Format(due) : null,
        }))];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = Lowered(subject);
        var resolutions = await db.Resolutions.Where(r => r.Responsible != null && names.Contains(r.Responsible.ToLower())).ToListAsync(ct);
        resolutions.ForEach(r => r.ForgetResponsible());
        var steps = await db.ResolutionSteps.Where(s => s.Responsible != null && names.Contains(s.Responsible.ToLower())).ToListAsync(ct);
        steps.ForEach(s => s.ForgetResponsible());
        return new ErasurePart(Section, resolutions.Count + steps.Count, await MentionsAsync(subject, ct));
    }

    private async Task<IReadOnlyList<string>> MentionsAsync(DataSubject subject, CancellationToken ct)
    {
        if (subject.Name.Length < 3)
        {
            return [];
        }
        var name = subject.Name.ToLowerInvariant();
        var texts = await db.Resolutions.AsNoTracking().Where(r => r.Title.ToLower().Contains(name) || r.Text.ToLower().Contains(name))
            .Select(r => new { r.Title, r.Text }).ToListAsync(ct);
        var notes = await db.ResolutionSteps.AsNoTracking().Where(s => s.Title.ToLower().Contains(name) || s.Note != null && s.Note.ToLower().Contains(name))
            .Select(s => s.Title + " " + s.Note).ToListAsync(ct);
        var media = await db.MediaItems.AsNoTracking().Where(m => m.Title.ToLower().Contains(name)).Select(m => m.Title).ToListAsync(ct);
        return [.. texts.Select(t => $"En vedtatt tekst nevner personen: «{Mentions.Excerpt(t.Title)}»"),
            .. notes.Where(n => Mentions.Names(n, subject)).Select(n => $"Et steg i oppfølgingen av en resolusjon nevner personen: «{Mentions.Excerpt(n.Trim())}»"),
            .. media.Select(m => $"En medieomtale nevner personen: «{Mentions.Excerpt(m)}»")];
    }

    private static List<string> Lowered(DataSubject subject) => [.. subject.Names.Select(n => n.ToLowerInvariant())];
}
