using Arbeidsplan.Domain.Plans;

namespace Arbeidsplan.Tests.Domain.Plans;

/// <summary>
/// The timing reader against the corpus (TimingCorpus.tsv): every phrase read as checked by hand, at least 95% read right or in
/// part with the rest named, and none read without saying what it could not use. The bench prints the same shares.
/// </summary>
public sealed class TimingCorpusTests
{
    private static readonly PlanPeriod Period = PlanPeriod.Year(2027);

    private static List<(string Phrase, string Expected)> Corpus() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Domain", "Plans", "TimingCorpus.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToList();

    /// <summary>The reading in the corpus' own notation.</summary>
    public static string Reading(Timing t) =>
        t.Kind == TimingKind.NotUnderstood ? $"! {t.Unclear}" : t.Unclear is null ? $"= {t.Understood}" : $"~ {t.Understood} | {t.Unclear}";

    [Fact]
    public void Corpus_EveryPhrase_IsReadAsCheckedByHand()
    {
        var corpus = Corpus();

        var wrong = corpus.Select(c => (c.Phrase, c.Expected, Actual: Reading(TimingParser.Parse(c.Phrase, Period)))).Where(c => c.Actual != c.Expected).ToList();

        Assert.True(corpus.Count >= 400, $"Korpuset har bare {corpus.Count} fraser.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(w => $"«{w.Phrase}»: ventet {w.Expected}, fikk {w.Actual}")));
    }

    [Fact]
    public void Corpus_AtLeast95PercentRightOrPartly_AndWhatIsNotReadIsNamed()
    {
        var readings = Corpus().Select(c => TimingParser.Parse(c.Phrase, Period)).ToList();

        var rightOrPartly = readings.Count(t => t.Kind != TimingKind.NotUnderstood);
        Assert.True(rightOrPartly >= readings.Count * 0.95, $"{rightOrPartly} av {readings.Count}");
        Assert.All(readings.Where(t => !t.IsUnderstood), t => Assert.False(string.IsNullOrWhiteSpace(t.Unclear)));
    }
}
