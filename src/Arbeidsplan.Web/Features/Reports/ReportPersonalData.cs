using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The annual-report texts a person wrote the logos they put on the reports' covers and the auditors' reports they attached, by the name kept as their author; at erasure
/// the name leaves them, the texts and logos stay the organisation's.
/// </summary>
public sealed class ReportPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Rapporter";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var written = await db.ReportTextRevisions.AsNoTracking().Where(r => names.Contains(r.Author)).OrderBy(r => r.At)
            .Select(r => new { r.At, r.Revision }).ToListAsync(ct);
        var logos = await db.OrganisationLogos.AsNoTracking().Where(l => names.Contains(l.UploadedBy))
            .Select(l => new { l.UploadedAt, Organisation = db.Organisations.Where(o => o.Id == l.OrganisationId).Select(o => o.Name).First() }).ToListAsync(ct);
        var sent = await db.AnnualReports.AsNoTracking().Where(r => r.SubmittedBy != null && names.Contains(r.SubmittedBy))
            .Select(r => new { r.Year, r.SubmittedAt, Organisation = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First() }).ToListAsync(ct);
        var audits = await db.AuditorReports.AsNoTracking().Where(r => names.Contains(r.UploadedBy))
            .Select(r => new { r.UploadedAt, Accounts = db.AnnualAccounts.Where(a => a.Id == r.AccountsId).Select(a => new { a.Year, Organisation = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).First() }).First() })
            .ToListAsync(ct);
        return [.. written.Select(w => new PersonalRecord("Skrev i årsmelding", new Dictionary<string, string?>
        {
            ["Når"] = NorwegianTime.Format(w.At), ["Versjon"] = $"{w.Revision}",
        })), .. logos.Select(l => new PersonalRecord("Lastet opp logo", new Dictionary<string, string?>
        {
            ["Når"] = NorwegianTime.Format(l.UploadedAt), ["Organisasjon"] = l.Organisation,
        })), .. sent.Select(r => new PersonalRecord("Sendte inn årsmelding", new Dictionary<string, string?>
        {
            ["Når"] = NorwegianTime.Format(r.SubmittedAt!.Value), ["Organisasjon"] = r.Organisation, ["År"] = $"{r.Year}",
        })), .. audits.Select(a => new PersonalRecord("Lastet opp revisors beretning", new Dictionary<string, string?>
        {
            ["Når"] = NorwegianTime.Format(a.UploadedAt), ["Organisasjon"] = a.Accounts.Organisation, ["År"] = $"{a.Accounts.Year}",
        }))];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var texts = await db.ReportTexts.Where(t => names.Contains(t.Author)).ToListAsync(ct);
        texts.ForEach(t => t.ForgetAuthor());
        var revisions = await db.ReportTextRevisions.Where(r => names.Contains(r.Author)).ToListAsync(ct);
        revisions.ForEach(r => r.ForgetAuthor());
        var logos = await db.OrganisationLogos.Where(l => names.Contains(l.UploadedBy)).ToListAsync(ct);
        logos.ForEach(l => l.ForgetUploader());
        var sent = await db.AnnualReports.Where(r => r.SubmittedBy != null && names.Contains(r.SubmittedBy)).ToListAsync(ct);
        sent.ForEach(r => r.ForgetSubmitter());
        var audits = await db.AuditorReports.Where(r => names.Contains(r.UploadedBy)).ToListAsync(ct);
        audits.ForEach(r => r.ForgetUploader());
        return new ErasurePart(Section, texts.Count + revisions.Count + logos.Count + sent.Count + audits.Count, []);
    }
}
