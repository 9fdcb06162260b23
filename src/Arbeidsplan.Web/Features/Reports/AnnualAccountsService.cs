using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The accounts' key figures for the annual report (Økonomi), entered by hand or imported from the treasurer's sheet, and the
/// auditor's signed report kept beside them. Read with the report (those who cover the organisation, or all its readers once
/// the report is adopted); written by those who cover it while the report is a draft.
/// </summary>
public sealed class AnnualAccountsService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock)
{
    public const long MaxSheetBytes = 2 * 1024 * 1024;

    public async Task<AccountsView?> ViewAsync(Guid organisationId, int year)
    {
        var covers = await guard.CoversOrganisation(organisationId);
        var adopted = await AdoptedAsync(organisationId, year);
        if (!covers && !(adopted && await guard.ReadsOrganisation(organisationId)))
        {
            return null;
        }
        var accounts = await db.AnnualAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.OrganisationId == organisationId && a.Year == year);
        if (accounts is null)
        {
            return covers ? new AccountsView(organisationId, year, 0, 0, 0, null, null, [], null, 0, null, !adopted) : null;
        }
        var auditor = await db.AuditorReports.AsNoTracking().Where(r => r.AccountsId == accounts.Id)
            .Select(r => new AuditorReportInfo(r.FileName, r.Pages, r.UploadedBy, r.UploadedAt, r.Version)).SingleOrDefaultAsync();
        return new AccountsView(organisationId, year, accounts.Income, accounts.Expenses, accounts.Result, accounts.Equity, accounts.BankDeposits, accounts.Lines,
            accounts.ImportedFrom, accounts.Version, auditor, covers && !adopted);
    }

    public Task<Outcome<AccountsView>> SetAsync(AccountsInput input) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AccountsView>(input.OrganisationId, input.Year) is { } refused)
        {
            return refused;
        }
        if (input.Income is not { } income || input.Expenses is not { } expenses)
        {
            return Outcome<AccountsView>.Invalid(input.Income is null ? nameof(input.Income) : nameof(input.Expenses), "Oppgi både sum inntekter og sum kostnader, i hele kroner.");
        }
        var lines = (input.Lines ?? []).Select(l => new AccountLine(l.Label ?? "", l.Amount)).ToList();
        var accounts = await AccountsAsync(input.OrganisationId, input.Year);
        if (db.Entry(accounts).State != EntityState.Added)
        {
            db.ExpectVersion(accounts, input.Version);
        }
        accounts.Set(income, expenses, input.Equity, input.BankDeposits, lines, null);
        await db.SaveChangesAsync();
        return (await ViewAsync(input.OrganisationId, input.Year))!;
    });

    /// <summary>Reads the treasurer's sheet; saved (all of it) only when apply is set and no line has a problem.</summary>
    public Task<Outcome<AccountsImportResult>> ImportAsync(Guid organisationId, int year, string fileName, Outcome<string> text, bool apply) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AccountsImportResult>(organisationId, year) is { } refused)
        {
            return refused;
        }
        if (!text.IsOk)
        {
            return text.Failure<AccountsImportResult>();
        }
        var sheet = AccountsSheet.Read(text.Value!, year);
        var saved = false;
        if (apply && sheet.Problems.Count == 0)
        {
            var accounts = await AccountsAsync(organisationId, year);
            accounts.Set(sheet.Income!.Value, sheet.Expenses!.Value, sheet.Equity, sheet.BankDeposits, sheet.Lines, Path.GetFileName(fileName));
            await db.SaveChangesAsync();
            saved = true;
        }
        return new AccountsImportResult(saved, sheet.Income, sheet.Expenses, sheet.Equity, sheet.BankDeposits, sheet.Lines, sheet.Problems, sheet.Notes);
    });

    /// <summary>Keeps the auditor's signed report, checked to be a PDF that can be printed after the report's pages.</summary>
    public Task<Outcome<AccountsView>> SetAuditorAsync(Guid organisationId, int year, string fileName, Outcome<byte[]> upload) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AccountsView>(organisationId, year) is { } refused)
        {
            return refused;
        }
        if (!upload.IsOk)
        {
            return upload.Failure<AccountsView>();
        }
        if (await db.AnnualAccounts.SingleOrDefaultAsync(a => a.OrganisationId == organisationId && a.Year == year) is not { } accounts)
        {
            return Outcome<AccountsView>.Invalid("File", "Legg inn regnskapstallene før du laster opp revisors beretning.");
        }
        if (PaperPdf.Pages(upload.Value!) is not { } pages)
        {
            return Outcome<AccountsView>.Invalid("File", "Filen er ikke en PDF som kan leses, eller den er låst med passord. Lagre beretningen som PDF uten passord og prøv igjen.");
        }
        var report = await db.AuditorReports.SingleOrDefaultAsync(r => r.AccountsId == accounts.Id);
        if (report is null)
        {
            db.AuditorReports.Add(new AuditorReport(accounts.Id, upload.Value!, fileName, pages, access.ActorName, clock.GetCurrentInstant()));
        }
        else
        {
            report.Replace(upload.Value!, fileName, pages, access.ActorName, clock.GetCurrentInstant());
        }
        await db.SaveChangesAsync();
        return (await ViewAsync(organisationId, year))!;
    });

    public Task<Outcome<AccountsView>> RemoveAuditorAsync(Guid organisationId, int year, long? version) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AccountsView>(organisationId, year) is { } refused)
        {
            return refused;
        }
        var report = await db.AuditorReports.SingleOrDefaultAsync(r => db.AnnualAccounts.Any(a => a.Id == r.AccountsId && a.OrganisationId == organisationId && a.Year == year));
        if (report is null)
        {
            return Outcome<AccountsView>.NotFound("Fant ingen revisors beretning.");
        }
        db.ExpectVersion(report, version);
        db.AuditorReports.Remove(report);
        await db.SaveChangesAsync();
        return (await ViewAsync(organisationId, year))!;
    });

    /// <summary>The auditor's report for download, to those who read the report.</summary>
    public async Task<(byte[] Content, string FileName)?> AuditorFileAsync(Guid organisationId, int year) =>
        await ViewAsync(organisationId, year) is { Auditor: not null } ? await AuditorPdfAsync(organisationId, year) : null;

    /// <summary>The auditor's report to print after the annual report; the caller has checked that the reader reads the report.</summary>
    public async Task<(byte[] Content, string FileName)?> AuditorPdfAsync(Guid organisationId, int year) =>
        await db.AuditorReports.AsNoTracking().Where(r => db.AnnualAccounts.Any(a => a.Id == r.AccountsId && a.OrganisationId == organisationId && a.Year == year))
            .Select(r => new { r.Content, r.FileName }).SingleOrDefaultAsync() is { } found ? (found.Content, found.FileName) : null;

    private Task<bool> AdoptedAsync(Guid organisationId, int year) =>
        db.AnnualReports.AnyAsync(r => r.OrganisationId == organisationId && r.Year == year && r.State == ReportState.Adopted);

    /// <summary>Null when the actor may write the year's accounts now; a chosen organisation out of reach is a bad request.</summary>
    private async Task<Outcome<T>?> OpenAsync<T>(Guid organisationId, int year)
    {
        if (year is < 2000 or > 2100)
        {
            return Outcome<T>.Invalid("Year", "Året må ligge mellom 2000 og 2100.");
        }
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return Outcome<T>.Invalid("OrganisationId", "Velg en organisasjon du har tilgang til.");
        }
        if (!await guard.CoversOrganisation(organisationId))
        {
            return Outcome<T>.Forbidden("Bare de som har ansvaret for organisasjonen, kan føre regnskapstallene i årsmeldingen.");
        }
        return await AdoptedAsync(organisationId, year)
            ? Outcome<T>.Invalid("Year", "Årsmeldingen er vedtatt, og regnskapstallene er låst med den. Åpne årsmeldingen igjen med en begrunnelse for å endre dem.")
            : null;
    }

    private async Task<AnnualAccounts> AccountsAsync(Guid organisationId, int year)
    {
        if (await db.AnnualAccounts.SingleOrDefaultAsync(a => a.OrganisationId == organisationId && a.Year == year) is { } found)
        {
            return found;
        }
        var made = new AnnualAccounts(organisationId, year);
        db.AnnualAccounts.Add(made);
        return made;
    }
}
