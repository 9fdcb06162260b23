using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// The person's name and contact if kept from the member register (removed at erasure, though the next import brings them back while
/// the central register has them), follow-up marks and imports they made (their name goes).
/// </summary>
public sealed class MemberPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Medlemsregister og oppfølgingslister";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var contacts = await Contacts(subject).AsNoTracking().ToListAsync(ct);
        var marks = await db.FollowUpMarks.AsNoTracking().Where(m => names.Contains(m.DoneBy)).ToListAsync(ct);
        var imports = await db.MemberSnapshots.AsNoTracking().Where(s => names.Contains(s.CreatedBy)).ToListAsync(ct);
        return contacts.Select(c => new PersonalRecord("Fra medlemsregisteret", new Dictionary<string, string?>
            {
                ["Medlemsnummer"] = c.MemberNumber, ["Navn"] = c.Name, ["Telefon"] = c.Phone, ["E-post"] = c.Email,
            }))
            .Concat(marks.Select(m => new PersonalRecord("Oppfølging du merket", new Dictionary<string, string?>
            {
                ["Medlemsnummer"] = m.MemberNumber, ["Liste"] = m.List.ToString(), ["Dato"] = NorwegianTime.Format(m.DoneOn),
            })))
            .Concat(imports.Select(s => new PersonalRecord("Uttrekk du importerte", new Dictionary<string, string?>
            {
                ["Per"] = NorwegianTime.Format(s.TakenOn), ["Medlemmer"] = s.Members.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Fil"] = s.FileName,
            }))).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var contacts = await Contacts(subject).ToListAsync(ct);
        db.MemberContacts.RemoveRange(contacts);
        var marks = await db.FollowUpMarks.Where(m => names.Contains(m.DoneBy)).ToListAsync(ct);
        marks.ForEach(m => m.ForgetAuthor());
        var imports = await db.MemberSnapshots.Where(s => names.Contains(s.CreatedBy)).ToListAsync(ct);
        imports.ForEach(s => s.ForgetAuthor());
        IReadOnlyList<string> note = contacts.Count > 0
            ? ["Navn og kontaktinformasjon fra medlemsregisteret er slettet her, men kommer tilbake ved neste import så lenge personen står i det sentrale registeret."]
            : [];
        return new ErasurePart(Section, contacts.Count + marks.Count + imports.Count, note);
    }

    // A member matched by e-mail or phone; by name only when there is neither, since names are shared.
    private IQueryable<Domain.Members.MemberContact> Contacts(DataSubject subject) =>
        db.MemberContacts.Where(c => subject.Email != null && c.Email == subject.Email || subject.Phone != null && c.Phone == subject.Phone
            || subject.Email == null && subject.Phone == null && c.Name == subject.Name);
}
