using Microsoft.AspNetCore.Components.Forms;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The accounts form as typed: amounts as the treasurer writes them («12 345», «−500»), the summary's lines one per line
/// («Kontingent; 45 000»). Read into the use case's input, or an error beside the field that cannot be read.
/// </summary>
public sealed class AccountsFormModel
{
    public string? Income { get; set; }
    public string? Expenses { get; set; }
    public string? Equity { get; set; }
    public string? BankDeposits { get; set; }
    public string? Lines { get; set; }
    public long? Version { get; set; }

    public static AccountsFormModel Of(AccountsView view) => new()
    {
        Income = view.Version == 0 ? null : Grouped(view.Income), Expenses = view.Version == 0 ? null : Grouped(view.Expenses),
        Equity = view.Equity is { } e ? Grouped(e) : null, BankDeposits = view.BankDeposits is { } b ? Grouped(b) : null,
        Lines = string.Join('\n', view.Lines.Select(l => $"{l.Label}; {Grouped(l.Amount)}")), Version = view.Version,
    };

    /// <summary>«1 333 650», as the treasurer reads it; the form reads it back the same way.</summary>
    private static string Grouped(long kroner) => kroner.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));

    /// <summary>The input, or the fields that could not be read with why.</summary>
    public (AccountsInput? Input, IReadOnlyList<(string Field, string Message)> Errors) Read(Guid organisationId, int year)
    {
        var errors = new List<(string, string)>();
        long? Amount(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            var parsed = Domain.Reports.Amount.Parse(text);
            if (parsed is null)
            {
                errors.Add((field, $"«{text.Trim()}» er ikke et beløp. Skriv hele kroner, for eksempel 12 345."));
            }
            return parsed;
        }
        var input = new AccountsInput
        {
            OrganisationId = organisationId, Year = year, Income = Amount(Income, nameof(Income)), Expenses = Amount(Expenses, nameof(Expenses)),
            Equity = Amount(Equity, nameof(Equity)), BankDeposits = Amount(BankDeposits, nameof(BankDeposits)), Version = Version, Lines = [],
        };
        foreach (var (line, number) in (Lines ?? "").Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.Length > 0))
        {
            var cut = Math.Max(line.LastIndexOf(';'), line.LastIndexOf('\t'));
            if (cut <= 0 || Domain.Reports.Amount.Parse(line[(cut + 1)..]) is not { } amount)
            {
                errors.Add((nameof(Lines), $"Linje {number}: skriv posten, semikolon og beløpet, for eksempel «Kontingent; 45 000»."));
                continue;
            }
            input.Lines.Add(new AccountLineInput { Label = line[..cut].Trim(), Amount = amount });
        }
        return (errors.Count == 0 ? input : null, errors);
    }

    public static FieldIdentifier Field(AccountsFormModel model, string name) => new(model, name);
}
