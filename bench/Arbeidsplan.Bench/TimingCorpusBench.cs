using Arbeidsplan.Domain.Plans;

namespace Arbeidsplan.Bench;

/// <summary>
/// The timing reader against the corpus of phrases as plans write them (tests/…/TimingCorpus.tsv): the share read right, read in
/// part with the rest named, and not read (named), and how many differ from the reading checked by hand (silently wrong).
/// </summary>
internal static class TimingCorpusBench
{
    public static void Run()
    {
        var file = Path.Combine(RepositoryRoot(), "tests", "Arbeidsplan.Tests", "Domain", "Plans", "TimingCorpus.tsv");
        var rows = File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        int right = 0, partly = 0, notRead = 0, differs = 0, unnamed = 0;
        foreach (var row in rows)
        {
            var t = TimingParser.Parse(row[0], PlanPeriod.Year(2027));
            var reading = t.Kind == TimingKind.NotUnderstood ? $"! {t.Unclear}" : t.Unclear is null ? $"= {t.Understood}" : $"~ {t.Understood} | {t.Unclear}";
            differs += reading == row[1] ? 0 : 1;
            unnamed += !t.IsUnderstood && string.IsNullOrWhiteSpace(t.Unclear) ? 1 : 0;
            (right, partly, notRead) = reading[0] switch { '=' => (right + 1, partly, notRead), '~' => (right, partly + 1, notRead), _ => (right, partly, notRead + 1) };
        }
        double Share(int n) => 100.0 * n / rows.Count;
        Console.WriteLine($"Tidsfraser i korpuset: {rows.Count}");
        Console.WriteLine($"  lest riktig                      {right,4}  {Share(right),5:0.0} %");
        Console.WriteLine($"  lest delvis, resten navngitt     {partly,4}  {Share(partly),5:0.0} %");
        Console.WriteLine($"  ikke lest, navngitt              {notRead,4}  {Share(notRead),5:0.0} %");
        Console.WriteLine($"  riktig eller delvis              {right + partly,4}  {Share(right + partly),5:0.0} %  (krav ≥ 95 %) {(Share(right + partly) >= 95 ? "OK" : "UNDER KRAVET")}");
        Console.WriteLine($"  annerledes enn kontrollert       {differs,4}  (krav 0) {(differs == 0 ? "OK" : "FEIL")}");
        Console.WriteLine($"  uforstått uten å si hva          {unnamed,4}  (krav 0) {(unnamed == 0 ? "OK" : "FEIL")}");
        Console.WriteLine();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Arbeidsplan.slnx")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
