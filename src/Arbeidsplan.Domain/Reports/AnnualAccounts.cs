using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// The accounts' key figures for a year as the annual meeting treats them, in whole kroner: income, expenses and the result, equity
/// and bank deposits at the year's end, and the summary's lines when the treasurer's sheet has them. Entered by hand or imported;
/// the auditor's report is kept beside them (<see cref="AuditorReport"/>). Locked with the annual report when it is adopted.
/// </summary>
public sealed class AnnualAccounts : IVersioned, IAudited
{
    public const int MaxLines = 80;

    /// <summary>Far above any party's accounts: a figure beyond it is a typing error, not money.</summary>
    public const long MaxAmount = 10_000_000_000;

    private AnnualAccounts() => Lines = [];

    public AnnualAccounts(Guid organisationId, int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Year), "Året må ligge mellom 2000 og 2100.");
        }
        Id = Guid.CreateVersion7();
        (OrganisationId, Year, Lines) = (organisationId, year, []);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }
    public long Income { get; private set; }
    public long Expenses { get; private set; }
    public long? Equity { get; private set; }
    public long? BankDeposits { get; private set; }
    public IReadOnlyList<AccountLine> Lines { get; private set; }

    /// <summary>The file the figures were last imported from; null when they were entered by hand.</summary>
    public string? ImportedFrom { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Income less expenses: a surplus when positive, a deficit when negative.</summary>
    public long Result => Income - Expenses;

    public void Set(long income, long expenses, long? equity, long? bankDeposits, IReadOnlyList<AccountLine> lines, string? importedFrom)
    {
        if (income < 0 || expenses < 0)
        {
            throw new RuleViolation(income < 0 ? nameof(Income) : nameof(Expenses), "Inntekter og kostnader føres som positive beløp.");
        }
        if (lines.Count > MaxLines)
        {
            throw new RuleViolation(nameof(Lines), $"Regnskapet i sammendrag kan ha høyst {MaxLines} linjer; denne har {lines.Count}.");
        }
        Income = Checked(income, nameof(Income), "Inntektene");
        Expenses = Checked(expenses, nameof(Expenses), "Kostnadene");
        Equity = equity is { } e ? Checked(e, nameof(Equity), "Egenkapitalen") : null;
        BankDeposits = bankDeposits is { } b ? Checked(b, nameof(BankDeposits), "Bankinnskuddet") : null;
        Lines = [.. lines];
        ImportedFrom = Text.Optional(importedFrom, nameof(ImportedFrom), "Filnavnet", 260);
    }

    internal static long Checked(long amount, string field, string label) => Math.Abs(amount) <= MaxAmount
        ? amount
        : throw new RuleViolation(field, $"{label} er over {MaxAmount / 1_000_000_000} milliarder kroner. Er det en skrivefeil?");
}
