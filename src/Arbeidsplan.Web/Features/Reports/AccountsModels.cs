using Arbeidsplan.Domain.Reports;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>The auditor's report kept beside the accounts: its file, pages and who put it there.</summary>
public sealed record AuditorReportInfo(string FileName, int Pages, string UploadedBy, Instant UploadedAt, long Version);

/// <summary>A year's accounts as the report and the form read them.</summary>
public sealed record AccountsView(Guid OrganisationId, int Year, long Income, long Expenses, long Result, long? Equity, long? BankDeposits,
    IReadOnlyList<AccountLine> Lines, string? ImportedFrom, long Version, AuditorReportInfo? Auditor, bool CanEdit);

public sealed class AccountLineInput
{
    public string? Label { get; set; }
    public long Amount { get; set; }
}

/// <summary>The key figures entered by hand, in whole kroner; the version the writer opened (409 when someone saved since).</summary>
public sealed class AccountsInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public long? Income { get; set; }
    public long? Expenses { get; set; }
    public long? Equity { get; set; }
    public long? BankDeposits { get; set; }
    public List<AccountLineInput>? Lines { get; set; }
    public long? Version { get; set; }
}

/// <summary>What an imported sheet gave, and whether it was saved: nothing is while a line has a problem.</summary>
public sealed record AccountsImportResult(bool Saved, long? Income, long? Expenses, long? Equity, long? BankDeposits, IReadOnlyList<AccountLine> Lines,
    IReadOnlyList<SheetProblem> Problems, IReadOnlyList<string> Notes);
