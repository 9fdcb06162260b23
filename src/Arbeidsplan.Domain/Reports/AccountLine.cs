using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Reports;

/// <summary>One line of the accounts in summary as the treasurer's sheet names it (kontingent, partistøtte, møter …), in whole kroner.</summary>
public sealed record AccountLine
{
    public const int MaxLabel = 120;

    public AccountLine(string label, long amount)
    {
        Label = Text.Required(label, nameof(Label), "Posten", MaxLabel);
        Amount = AnnualAccounts.Checked(amount, nameof(Amount), Label);
    }

    public string Label { get; }
    public long Amount { get; }
}
