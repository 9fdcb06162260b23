namespace Arbeidsplan.Domain.Plans;

/// <summary>Word-level difference of two texts by longest common subsequence, merged into runs.</summary>
public static class WordDiff
{
    public static IReadOnlyList<WordRun> Compare(string older, string newer)
    {
        var a = PlanDiff.Words(older);
        var b = PlanDiff.Words(newer);
        if ((long)a.Length * b.Length > 4_000_000)
        {
            // Too long to compare word by word; show it as replaced rather than spend the memory.
            return older == newer ? [new WordRun(ChangeKind.Unchanged, older)] : [new WordRun(ChangeKind.Removed, older), new WordRun(ChangeKind.Added, newer)];
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var runs = new List<WordRun>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(runs, ChangeKind.Unchanged, a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Add(runs, ChangeKind.Added, b[y++]);
            }
            else
            {
                Add(runs, ChangeKind.Removed, a[x++]);
            }
        }
        return runs;
    }

    private static void Add(List<WordRun> runs, ChangeKind kind, string word)
    {
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
        }
        else
        {
            runs.Add(new WordRun(kind, word));
        }
    }
}
