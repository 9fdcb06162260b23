namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// What the treasurer's sheet gave: the key figures it names (null when it names none), the summary's other lines, the problems by
/// line (nothing is saved while there are any) and notes on how it was read (the column chosen, a sign convention turned).
/// </summary>
public sealed record AccountsSheetResult(long? Income, long? Expenses, long? Equity, long? BankDeposits, IReadOnlyList<AccountLine> Lines,
    IReadOnlyList<SheetProblem> Problems, IReadOnlyList<string> Notes);
