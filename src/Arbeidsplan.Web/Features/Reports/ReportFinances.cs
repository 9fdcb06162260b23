using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The report's section on finances: the organisation's own accounts with the auditor's report, and for an organisation whose
/// board draws its members from others (the joint board, which gathers the accounts of the organisations it serves) their
/// accounts side by side with the sum.
/// </summary>
public sealed class ReportFinances(AppDbContext db, OrganisationDirectory directory)
{
    public async Task<ReportSection?> SectionAsync(Guid organisationId, int year)
    {
        var own = await db.AnnualAccounts.AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Year == year)
            .Select(a => new { a.Income, a.Expenses, a.Equity, a.BankDeposits, a.Lines, Pages = db.AuditorReports.Where(r => r.AccountsId == a.Id).Select(r => (int?)r.Pages).FirstOrDefault() })
            .SingleOrDefaultAsync();
        var combined = await CombinedAsync(organisationId, year);
        if (own is null && combined is null)
        {
            return null;
        }
        var figures = new List<ReportFigure>();
        var tables = new List<ReportTable>();
        var drafts = new List<string>();
        if (own is not null)
        {
            figures.AddRange([new("Inntekter", Amount.Format(own.Income)), new("Kostnader", Amount.Format(own.Expenses)), new("Årsresultat", Amount.Format(own.Income - own.Expenses))]);
            if (own.Equity is { } equity) { figures.Add(new("Egenkapital 31.12", Amount.Format(equity))); }
            if (own.BankDeposits is { } bank) { figures.Add(new("Bankinnskudd 31.12", Amount.Format(bank))); }
            figures.Add(new("Revisors beretning", own.Pages is { } pages ? $"Vedlagt, {pages} {(pages == 1 ? "side" : "sider")}" : "Ikke lagt ved"));
            if (own.Lines.Count > 0)
            {
                tables.Add(new ReportTable("Regnskapet i sammendrag", ["Post", "Beløp"], [.. own.Lines.Select(l => (IReadOnlyList<string>)[l.Label, Amount.Format(l.Amount)])]));
            }
            drafts.Add(ReportDrafts.Finances(year, own.Income, own.Expenses, own.Equity, own.Pages));
        }
        if (combined is not null)
        {
            tables.Add(combined.Value.Table);
            drafts.Add(combined.Value.Draft);
        }
        return new ReportSection(ReportSectionKind.Finances, figures, tables, string.Join("\n\n", drafts));
    }

    /// <summary>The accounts of the organisations the organisation's joint body draws from, with its own, and their sum; null for others.</summary>
    private async Task<(ReportTable Table, string Draft)?> CombinedAsync(Guid organisationId, int year)
    {
        var members = await db.BodyMemberOrganisations.AsNoTracking()
            .Where(m => db.Bodies.Any(b => b.Id == m.BodyId && b.OrganisationId == organisationId && b.Kind == BodyKind.Board))
            .Select(m => m.OrganisationId).Distinct().ToListAsync();
        if (members.Count == 0)
        {
            return null;
        }
        var ids = members.Append(organisationId).ToList();
        var accounts = await db.AnnualAccounts.AsNoTracking().Where(a => a.Year == year && ids.Contains(a.OrganisationId))
            .Select(a => new { a.OrganisationId, a.Income, a.Expenses, a.Equity }).ToListAsync();
        if (accounts.All(a => a.OrganisationId == organisationId))
        {
            return null;
        }
        var names = new Dictionary<Guid, string>();
        foreach (var id in ids)
        {
            names[id] = (await directory.FindAsync(id))?.DisplayName ?? "";
        }
        var rows = ids.Select(id => (Name: names[id], Row: accounts.FirstOrDefault(a => a.OrganisationId == id)))
            .OrderBy(r => r.Row is null).ThenBy(r => r.Name, Domain.Common.NorwegianText.Comparer)
            .Select(r => (IReadOnlyList<string>)(r.Row is { } a
                ? [r.Name, Amount.Format(a.Income), Amount.Format(a.Expenses), Amount.Format(a.Income - a.Expenses), a.Equity is { } e ? Amount.Format(e) : ""]
                : [r.Name, "Ikke ført", "", "", ""])).ToList();
        var (income, expenses) = (accounts.Sum(a => a.Income), accounts.Sum(a => a.Expenses));
        rows.Add(["Sum", Amount.Format(income), Amount.Format(expenses), Amount.Format(income - expenses), Amount.Format(accounts.Sum(a => a.Equity ?? 0))]);
        return (new ReportTable("Regnskapene samlet", ["Organisasjon", "Inntekter", "Kostnader", "Resultat", "Egenkapital"], rows),
            ReportDrafts.CombinedFinances(year, accounts.Count, income, expenses));
    }
}
