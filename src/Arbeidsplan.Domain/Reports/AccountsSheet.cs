using System.Globalization;
using Arbeidsplan.Domain.Members;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// Reads the accounts in summary from the treasurer's sheet (CSV or the first sheet of an Excel file as tab-separated text): a
/// column of posts and a column of amounts. The key figures are found by their usual names (sum inntekter, sum kostnader,
/// egenkapital, bankinnskudd; a result line is checked, not kept: the result is computed); without them, posts numbered by the standard chart of accounts (NS 4102: 3xxx income, 4xxx–7xxx
/// expenses) are added up. Of several amount columns (this year, last year, budget) the one for this year's accounts is taken, and
/// the notes say which. Headings without an amount are skipped; an amount that cannot be read is a problem on its line.
/// </summary>
public static class AccountsSheet
{
    public const int MaxRows = 2_000;

    public static AccountsSheetResult Read(string text, int year)
    {
        var rows = DelimitedText.Rows(text).Select(r => (r.Line, Cells: (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Trim())]))
            .Where(r => r.Cells.Any(c => c.Length > 0)).Take(MaxRows + 1).ToList();
        if (rows.Count == 0)
        {
            return Failed("Arket er tomt.");
        }
        if (rows.Count > MaxRows)
        {
            return Failed($"Arket har mer enn {MaxRows} linjer. Et regnskap i sammendrag har langt færre; velg sammendraget.");
        }
        var header = rows.FindIndex(r => r.Cells.Count(c => c.Length > 0) >= 2 && r.Cells.Any(c => c.Any(char.IsLetter)) && r.Cells.All(IsHeading));
        var amountColumn = ChooseAmountColumn(rows, header, year, out var note);
        if (amountColumn < 0)
        {
            return Failed("Fant ingen kolonne med beløp. Arket må ha en kolonne med postene og en med beløpene.");
        }
        var notes = new List<string>();
        if (header >= 0)
        {
            notes.Add($"Overskriftene er lest fra linje {rows[header].Line}.");
        }
        if (note is not null)
        {
            notes.Add(note);
        }
        var problems = new List<SheetProblem>();
        var posts = new List<(int Line, string Label, int? Account, long Amount)>();
        foreach (var (line, cells) in rows.Skip(header + 1))
        {
            var label = Label(cells, amountColumn);
            var raw = amountColumn < cells.Count ? cells[amountColumn] : "";
            if (raw.Length == 0)
            {
                continue;
            }
            var amount = Amount.Parse(raw);
            if (PostProblem(raw, amount, label.Text) is { } problem)
            {
                problems.Add(new SheetProblem(line, problem));
                continue;
            }
            posts.Add((line, label.Text, label.Account, amount!.Value));
        }
        return problems.Count > 0 ? new AccountsSheetResult(null, null, null, null, [], problems, notes) : Figures(posts, notes);
    }

    /// <summary>What keeps a post from being read: an amount that is not one or is too large, or a name that is missing or too long.</summary>
    private static string? PostProblem(string raw, long? amount, string label)
    {
        if (amount is not { } value)
        {
            return $"«{Cut(raw)}» er ikke et beløp.";
        }
        if (label.Length == 0)
        {
            return $"Beløpet {Cut(raw)} står uten post.";
        }
        if (label.Length > AccountLine.MaxLabel)
        {
            return $"Posten er lengre enn {AccountLine.MaxLabel} tegn.";
        }
        if (Math.Abs(value) > AnnualAccounts.MaxAmount)
        {
            return $"Beløpet {Cut(raw)} er over {AnnualAccounts.MaxAmount / 1_000_000_000} milliarder kroner.";
        }
        return null;
    }

    private static AccountsSheetResult Figures(List<(int Line, string Label, int? Account, long Amount)> posts, List<string> notes)
    {
        long? Key(KeyFigure figure) => posts.LastOrDefault(p => KeyOf(p.Label) == figure) is { Label: not null } found ? found.Amount : null;
        var (income, expenses, equity, bank) = (Key(KeyFigure.Income), Key(KeyFigure.Expenses), Key(KeyFigure.Equity), Key(KeyFigure.Bank));
        var lines = posts.Where(p => KeyOf(p.Label) is null).ToList();
        if (income is null && expenses is null && lines.Any(p => p.Account is not null))
        {
            // The chart of accounts' own classes; an export that books income as credit (negative) is turned the right way round.
            var (incomeSum, expenseSum) = (lines.Where(p => p.Account / 1000 == 3).Sum(p => p.Amount), lines.Where(p => p.Account / 1000 is >= 4 and <= 7).Sum(p => p.Amount));
            var credit = incomeSum < 0;
            (income, expenses) = credit ? (-incomeSum, expenseSum) : (incomeSum, expenseSum);
            notes.Add(credit
                ? "Inntektene (kontoklasse 3) er ført med minus i arket, som kredit; de er snudd til positive beløp. Kostnadene er kontoklasse 4–7."
                : "Inntektene er summen av kontoklasse 3 og kostnadene av kontoklasse 4–7.");
            if (credit)
            {
                lines = [.. lines.Select(p => p.Account / 1000 == 3 ? p with { Amount = -p.Amount } : p)];
            }
        }
        if (Key(KeyFigure.Result) is { } stated && income is { } i && expenses is { } x && stated != i - x)
        {
            // The result is always income less expenses here; a sheet whose result line says otherwise (finance items kept apart) is told.
            notes.Add($"Arket oppgir resultatet {Amount.Format(stated)}, men inntekter minus kostnader er {Amount.Format(i - x)}. Årsmeldingen viser det siste; ta med finansposter i inntektene eller kostnadene om de mangler.");
        }
        var problems = new List<SheetProblem>();
        if (income is null || expenses is null)
        {
            problems.Add(new SheetProblem(0, "Fant ikke både sum inntekter og sum kostnader. Gi postene de navnene, eller bruk kontonumrene fra kontoplanen (3xxx inntekter, 4xxx–7xxx kostnader)."));
        }
        else if (income < 0 || expenses < 0)
        {
            problems.Add(new SheetProblem(0, "Sum inntekter og sum kostnader må være positive beløp. Fører arket kostnadene med minus? Snu fortegnet og prøv igjen."));
        }
        if (lines.Count > AnnualAccounts.MaxLines)
        {
            problems.Add(new SheetProblem(0, $"Arket har {lines.Count} poster; et regnskap i sammendrag kan ha høyst {AnnualAccounts.MaxLines}. Velg sammendraget."));
        }
        return new AccountsSheetResult(income, expenses, equity, bank, problems.Count > 0 ? [] : [.. lines.Select(p => new AccountLine(p.Label, p.Amount))], problems, notes);
    }

    private enum KeyFigure { Income, Expenses, Equity, Bank, Result }

    private static KeyFigure? KeyOf(string label)
    {
        var name = string.Join(' ', label.ToLowerInvariant().Replace(':', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !char.IsAsciiDigit(w[0]) && w is not ("sum" or "totalt" or "totale" or "samlede" or "per" or "pr." or "pr" or "31.12" or "31.12." or "ved" or "årets" or "slutt")));
        return name switch
        {
            "inntekter" or "driftsinntekter" => KeyFigure.Income,
            "kostnader" or "driftskostnader" or "utgifter" => KeyFigure.Expenses,
            "egenkapital" => KeyFigure.Equity,
            "bank" or "bankinnskudd" or "bankinnskudd og kontanter" or "bankkonto" => KeyFigure.Bank,
            "resultat" or "årsresultat" or "driftsresultat" or "overskudd" or "underskudd" or "overskudd/underskudd" => KeyFigure.Result,
            _ => null,
        };
    }

    /// <summary>
    /// The column of this year's accounts: by its heading (regnskap {year}, regnskap, beløp, sum), never a budget; without a heading,
    /// the first column with amounts.
    /// </summary>
    private static int ChooseAmountColumn(List<(int Line, IReadOnlyList<string> Cells)> rows, int header, int year, out string? note)
    {
        note = null;
        var width = rows.Max(r => r.Cells.Count);
        var numeric = Enumerable.Range(0, width).Where(c => rows.Skip(header + 1).Any(r => c < r.Cells.Count && Amount.Parse(r.Cells[c]) is not null)).ToList();
        if (header >= 0)
        {
            var headings = rows[header].Cells;
            string H(int c) => c < headings.Count ? headings[c].ToLowerInvariant() : "";
            var candidates = numeric.Where(c => !H(c).Contains("budsjett", StringComparison.Ordinal)).ToList();
            int? chosen = candidates.Cast<int?>().FirstOrDefault(c => H(c!.Value).Contains("regnskap", StringComparison.Ordinal) && H(c.Value).Contains($"{year}", StringComparison.Ordinal))
                ?? candidates.Cast<int?>().FirstOrDefault(c => H(c!.Value).Contains($"{year}", StringComparison.Ordinal))
                ?? candidates.Cast<int?>().FirstOrDefault(c => H(c!.Value) is var h && (h.Contains("regnskap", StringComparison.Ordinal) || h.Contains("beløp", StringComparison.Ordinal) || h.StartsWith("sum", StringComparison.Ordinal))
                    && !Enumerable.Range(year - 5, 5).Any(y => h.Contains($"{y}", StringComparison.Ordinal)));
            if (chosen is { } c)
            {
                if (numeric.Count > 1)
                {
                    note = $"Beløpene er hentet fra kolonnen «{headings[c]}».";
                }
                return c;
            }
            if (candidates.Count > 1)
            {
                note = $"Arket har flere kolonner med beløp; beløpene er hentet fra den første, «{(candidates[0] < headings.Count ? headings[candidates[0]] : "")}». Gi kolonnen overskriften «Regnskap {year}» for å velge en annen.";
            }
            return candidates.Count > 0 ? candidates[0] : -1;
        }
        return numeric.Count > 0 ? numeric[0] : -1;
    }

    /// <summary>The post's name from the cells before the amount; an account number (four digits) in its own cell or first in the name is kept apart.</summary>
    private static (string Text, int? Account) Label(IReadOnlyList<string> cells, int amountColumn)
    {
        int? account = null;
        var words = new List<string>();
        foreach (var cell in cells.Take(amountColumn).Where(c => c.Length > 0))
        {
            var text = cell;
            if (account is null && text.Length >= 4 && text[..4].All(char.IsAsciiDigit) && (text.Length == 4 || text[4] == ' '))
            {
                account = int.Parse(text[..4], CultureInfo.InvariantCulture);
                text = text[4..].Trim();
            }
            if (text.Length > 0 && Amount.Parse(text) is null)
            {
                words.Add(text);
            }
        }
        return (string.Join(' ', words), account);
    }

    /// <summary>A heading's cell: text, empty, or a year ("Regnskap | 2026 | 2025").</summary>
    private static bool IsHeading(string cell) => cell.Length == 0 || Amount.Parse(cell) is null
        || (cell.Length == 4 && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100);

    private static string Cut(string text) => text.Length > 40 ? text[..39] + "…" : text;

    private static AccountsSheetResult Failed(string message) => new(null, null, null, null, [], [new SheetProblem(0, message)], []);
}
