using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reports;

namespace Arbeidsplan.Tests.Domain.Reports;

public sealed class AccountsSheetTests
{
    [Theory]
    [InlineData("12 345", 12345)]
    [InlineData("12\u00a0345", 12345)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1 234,50", 1235)]
    [InlineData("1.234,49", 1234)]
    [InlineData("1,234.50", 1235)]
    [InlineData("12345.5", 12346)]
    [InlineData("kr 1 200", 1200)]
    [InlineData("1 200,-", 1200)]
    [InlineData("-500", -500)]
    [InlineData("\u2212500", -500)]
    [InlineData("(500)", -500)]
    public void Amount_ReadsTheWaysNorwegianSheetsWriteMoney(string text, long expected) => Assert.Equal(expected, Amount.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("1,2,3")]
    [InlineData("--5")]
    public void Amount_IsNull_ForWhatIsNotMoney(string text) => Assert.Null(Amount.Parse(text));

    [Fact]
    public void Read_TakesThisYearsColumn_NotLastYearsOrTheBudget_AndKeepsTheOtherPostsAsTheSummary()
    {
        var sheet = AccountsSheet.Read("""
            Post;Budsjett 2026;Regnskap 2025;Regnskap 2026
            Inntekter;;;
            Kontingent;50 000;48 000;51 200
            Partistøtte;300 000;290 000;305 500
            Sum inntekter;350 000;338 000;356 700
            Sum kostnader;340 000;320 000;331 900
            Årsresultat;10 000;18 000;24 800
            Egenkapital 31.12.2026;;150 000;174 800
            """, 2026);

        Assert.Empty(sheet.Problems);
        Assert.Equal((356_700L, 331_900L, 174_800L, (long?)null), (sheet.Income, sheet.Expenses, sheet.Equity, sheet.BankDeposits));
        Assert.Equal([("Kontingent", 51_200L), ("Partistøtte", 305_500L)], sheet.Lines.Select(l => (l.Label, l.Amount)));
        Assert.Contains(sheet.Notes, n => n.Contains("«Regnskap 2026»"));
    }

    [Fact]
    public void Read_AddsUpTheChartOfAccountsClasses_AndTurnsIncomeBookedAsCredit()
    {
        var sheet = AccountsSheet.Read("Konto\tNavn\tBeløp\n3000\tKontingent\t-40 000\n3400\tStøtte\t-160 000\n6300\tLeie\t90 000\n7100\tReise\t30 500\n", 2026);

        Assert.Empty(sheet.Problems);
        Assert.Equal((200_000L, 120_500L), (sheet.Income, sheet.Expenses));
        Assert.Equal(40_000L, sheet.Lines.Single(l => l.Label == "Kontingent").Amount);
        Assert.Contains(sheet.Notes, n => n.Contains("kredit"));
    }

    [Fact]
    public void Read_NamesEveryLineThatCannotBeUsed_AndGivesNoFiguresThen()
    {
        var sheet = AccountsSheet.Read("Post;Beløp\nKontingent;mange\nSum inntekter;100\n;200\nSum kostnader;50\n", 2026);

        Assert.Equal([2, 4], sheet.Problems.Select(p => p.Line));
        Assert.Contains("«mange» er ikke et beløp", sheet.Problems[0].Message);
        Assert.Null(sheet.Income);
        Assert.Empty(sheet.Lines);
    }

    [Fact]
    public void Read_WithoutIncomeAndExpenses_SaysWhatItLookedFor()
    {
        var sheet = AccountsSheet.Read("Post;Beløp\nKontingent;100\n", 2026);

        Assert.Contains("sum inntekter og sum kostnader", Assert.Single(sheet.Problems).Message);
        Assert.Equal(0, sheet.Problems[0].Line);
    }

    [Fact]
    public void Read_SaysWhenTheSheetsResultIsNotIncomeLessExpenses()
    {
        var sheet = AccountsSheet.Read("Post;Beløp\nSum inntekter;100\nSum kostnader;60\nÅrsresultat;45\n", 2026);

        Assert.Empty(sheet.Problems);
        Assert.Empty(sheet.Lines);
        Assert.Contains(sheet.Notes, n => n.Replace('\u00a0', ' ').Contains("inntekter minus kostnader er 40 kr"));
    }

    [Fact]
    public void Accounts_RefuseNegativeIncome_AndAFigureBeyondAnyPartysMoney()
    {
        var accounts = new AnnualAccounts(Guid.NewGuid(), 2026);

        Assert.Equal("Income", Assert.Throws<RuleViolation>(() => accounts.Set(-1, 0, null, null, [], null)).Field);
        Assert.Equal("Equity", Assert.Throws<RuleViolation>(() => accounts.Set(1, 0, AnnualAccounts.MaxAmount + 1, null, [], null)).Field);
        accounts.Set(500, 800, -300, 100, [new AccountLine("Kontingent", 500)], null);
        Assert.Equal(-300, accounts.Result);
    }

    [Fact]
    public void Finances_SaysSurplusOrDeficit_AndWhetherTheAuditorsReportIsAttached()
    {
        Assert.Equal("Regnskapet for 2026 viser inntekter på 1 000 kr og kostnader på 1 500 kr, et underskudd på 500 kr. Revisors beretning er ikke lagt ved ennå.",
            ReportDrafts.Finances(2026, 1000, 1500, null, null).Replace('\u00a0', ' '));
        Assert.EndsWith("Egenkapitalen var 200 kr ved årets slutt. Revisors beretning er vedlagt.", ReportDrafts.Finances(2026, 1000, 900, 200, 2).Replace('\u00a0', ' '));
    }
}
