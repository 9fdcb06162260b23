using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Branches;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>Contacts the person logged and flags handed to them (their name goes), and notes that name them (reported).</summary>
public sealed class FollowUpPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Oppfølging av lokallag";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var contacts = await db.ContactEntries.AsNoTracking().Where(c => c.ByPersonId == subject.PersonId || names.Contains(c.ByName))
            .Select(c => new { c.On, c.Channel, c.Note, Branch = db.Organisations.Where(o => o.Id == c.BranchId).Select(o => o.Name).First() }).ToListAsync(ct);
        var flags = await db.BranchFlags.AsNoTracking().Where(f => f.AssignedPersonId == subject.PersonId)
            .Select(f => new { f.OpenedOn, f.Note, Branch = db.Organisations.Where(o => o.Id == f.BranchId).Select(o => o.Name).First() }).ToListAsync(ct);
        return contacts.Select(c => new PersonalRecord("Kontakt du logget", new Dictionary<string, string?>
            {
                ["Dato"] = NorwegianTime.Format(c.On), ["Lokallag"] = c.Branch, ["Hvordan"] = c.Channel.ToString(), ["Notat"] = c.Note,
            }))
            .Concat(flags.Select(f => new PersonalRecord("Flagg gitt til deg", new Dictionary<string, string?>
            {
                ["Dato"] = NorwegianTime.Format(f.OpenedOn), ["Lokallag"] = f.Branch, ["Notat"] = f.Note,
            }))).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var contacts = await db.ContactEntries.Where(c => c.ByPersonId == subject.PersonId || names.Contains(c.ByName)).ToListAsync(ct);
        contacts.ForEach(c => c.ForgetAuthor());
        var flags = await db.BranchFlags.Where(f => f.AssignedPersonId == subject.PersonId).ToListAsync(ct);
        flags.ForEach(f => f.ForgetAssignedPerson());
        var name = subject.Name.ToLower();
        var notes = await db.ContactEntries.AsNoTracking().Where(c => c.Note.ToLower().Contains(name)).Select(c => c.Note)
            .Concat(db.BranchFlags.AsNoTracking().Where(f => f.Note.ToLower().Contains(name) || f.ClosingNote != null && f.ClosingNote.ToLower().Contains(name)).Select(f => f.Note))
            .ToListAsync(ct);
        return new ErasurePart(Section, contacts.Count + flags.Count, notes.Select(n => $"Et notat om et lokallag nevner personen: «{Mentions.Excerpt(n)}»").ToList());
    }
}
