using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// The timing reader's newer phrases: Nynorsk forms read as their Bokmål twins, week numbers, the halves of the year by name,
/// a weekday's place in the month ("første mandag i måneden", "hver andre torsdag"), and the qualifiers a plan writes beside
/// a time ("ved behov", "om mulig", "omtrent"), which are kept in the reading instead of dropped.
/// </summary>
internal static partial class TimingPhrases
{
    private static readonly Dictionary<string, string> NynorskWords = new(StringComparer.Ordinal)
    {
        ["kvar"] = "hver", ["kvart"] = "hvert", ["annakvar"] = "annenhver", ["annankvar"] = "annenhver", ["veke"] = "uke", ["veka"] = "uka", ["veker"] = "uker",
        ["vekene"] = "ukene", ["innan"] = "innen", ["hausten"] = "høsten", ["haust"] = "høst", ["hausthalvåret"] = "høsthalvåret", ["månad"] = "måned",
        ["månaden"] = "måneden", ["månader"] = "måneder", ["månadleg"] = "månedlig", ["månadlege"] = "månedlig", ["vekentleg"] = "ukentlig", ["vekevis"] = "ukentlig",
        ["årleg"] = "årlig", ["årlege"] = "årlig", ["fyrste"] = "første", ["gong"] = "gang", ["gonger"] = "ganger", ["sommaren"] = "sommeren", ["sumaren"] = "sommeren",
        ["sommar"] = "sommer", ["jola"] = "julen", ["jol"] = "jul", ["heile"] = "hele", ["fortløpande"] = "fortløpende", ["løpande"] = "løpende",
        ["måndag"] = "mandag", ["tysdag"] = "tirsdag", ["laurdag"] = "lørdag", ["sundag"] = "søndag", ["laga"] = "lagene", ["årsmøta"] = "årsmøtene",
        ["seinast"] = "senest", ["sommarferien"] = "sommerferien", ["sumarferien"] = "sommerferien", ["jolaferien"] = "juleferien", ["tidlegast"] = "tidligst", ["kvartal"] = "kvartal", ["halvårleg"] = "halvårlig", ["behov"] = "behov", ["dersom"] = "hvis",
        ["mogleg"] = "mulig", ["eitt"] = "ett", ["ein"] = "en", ["ei"] = "ei", ["kvartalsvis"] = "kvartalsvis", ["jamleg"] = "jevnlig", ["jamt"] = "jevnt",
        ["frå"] = "fra", ["fleire"] = "flere", ["fjortande"] = "fjortende", ["påska"] = "påsken", ["unnateke"] = "unntatt", ["unnateken"] = "unntatt",
        ["utanom"] = "utenom", ["byrjinga"] = "begynnelsen", ["byrjunen"] = "begynnelsen", ["tidleg"] = "tidlig", ["seint"] = "sent",
    };

    public static string Nynorsk(string text) => Word().Replace(text, m => NynorskWords.TryGetValue(m.Value, out var bokmål) ? bokmål : m.Value);

    /// <summary>"første mandag i måneden", "siste fredag i hver måned", "hver andre torsdag", "hver 2. tirsdag".</summary>
    public static void ReadOrdinalWeekdays(TimingParser.Scan scan, TimingParts parts)
    {
        scan.Each(WeekdayInMonth(), m =>
        {
            var ordinal = m.Groups["o"].Value.TrimEnd('.') switch { "første" or "1" => 1, "andre" or "2" => 2, "tredje" or "3" => 3, "fjerde" or "4" => 4, _ => -1 };
            parts.Recurrence = new Recurrence(RecurrenceUnit.Month, 1, NorwegianDates.Weekday(m.Groups["wd"].Value), Ordinal: ordinal);
        });
        scan.Each(EverySecondWeekday(), m => parts.Recurrence = new Recurrence(RecurrenceUnit.Week, 2, NorwegianDates.Weekday(m.Groups["wd"].Value)));
    }

    /// <summary>"uke 12", "uke 33–35", "i uke 12 2027"; "vårhalvåret", "høstsemesteret" as the halves they name.</summary>
    public static void ReadWeeksAndHalves(TimingParser.Scan scan, TimingParts parts)
    {
        scan.Each(Weeks(), m =>
        {
            var first = int.Parse(m.Groups["w1"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = m.Groups["w2"].Success ? int.Parse(m.Groups["w2"].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
            if (first is < 1 or > 53 || last < first || last > 53)
            {
                parts.Problems.Add($"«{m.Value.Trim()}» er ikke et ukenummer");
                return;
            }
            parts.Parts.Add(YearPart.Weeks(first, last, TimingParser.Year(m, "y")));
        });
        scan.Each(Romjul(), _ => parts.Parts.Add(new YearPart(12, 27, 12, 31, "romjulen", null)));
        // "i julen": Christmas Eve to New Year's Eve. Easter moves, so "i påsken" is named as not read rather than guessed.
        scan.Each(InChristmas(), _ => parts.Parts.Add(new YearPart(12, 24, 12, 31, "julen", null)));
        scan.Each(NamedHalf(), m =>
        {
            var spring = m.Groups["s"].Value.StartsWith("vår", StringComparison.Ordinal);
            var name = m.Groups["s"].Value;
            parts.Parts.Add(spring ? YearPart.Months(1, 6, TimingParser.Year(m, "y"), name) : YearPart.Months(7, 12, TimingParser.Year(m, "y"), name));
        });
    }

    /// <summary>"unntatt juli", "utenom sommeren": said beside the reading, so the month is not read as the time itself.</summary>
    public static void ReadExclusions(TimingParser.Scan scan, TimingParts parts) =>
        scan.Each(Exclusion(), m => parts.Qualifiers.Add($"unntatt {m.Groups["what"].Value}"));

    /// <summary>Words that qualify the time rather than place it: kept in the reading so nothing the plan says is lost.</summary>
    public static void ReadQualifiers(TimingParser.Scan scan, TimingParts parts)
    {
        scan.Each(Qualifier(), m =>
        {
            var said = m.Groups["q"].Value switch
            {
                var q when q.Contains("behov", StringComparison.Ordinal) => "ved behov",
                var q when q.Contains("mulig", StringComparison.Ordinal) => "om mulig",
                "helst" or "fortrinnsvis" => "helst",
                var q when q.StartsWith("etter avtale", StringComparison.Ordinal) => q,
                _ => "omtrent",
            };
            if (!parts.Qualifiers.Contains(said))
            {
                parts.Qualifiers.Add(said);
            }
        });
    }

    [GeneratedRegex(@"[\p{L}]+")] private static partial Regex Word();
    [GeneratedRegex(@"\b(?:unntatt|utenom|bortsett fra|men ikke)\s+(?:i\s+)?(?<what>(?:" + TimingParser.Month + @")(?:\s+og\s+(?:" + TimingParser.Month + @"))?|sommeren|julen|jul|påsken|ferien|sommerferien)(?![\p{L}])")] private static partial Regex Exclusion();
    [GeneratedRegex(@"(?<o>første|andre|tredje|fjerde|siste|[1-4]\.)\s+(?<wd>" + TimingParser.Weekday + @")(?:en)?\s+(?:i|hver|per)\s+(?:hver\s+)?(?:måneden|måned|mnd)")] private static partial Regex WeekdayInMonth();
    [GeneratedRegex(@"(?:hver|kvar)\s+(?:andre|annen|2\.)\s+(?<wd>" + TimingParser.Weekday + @")")] private static partial Regex EverySecondWeekday();
    [GeneratedRegex(@"\b(?:ukene|uke|uka|uken|u\.)\s*(?<w1>\d{1,2})(?:\s*(?:-|til|og)\s*(?:uke\s*)?(?<w2>\d{1,2}))?(?!\d)(?:\s+(?<y>(?:19|20)\d{2}))?")] private static partial Regex Weeks();
    [GeneratedRegex(@"\b(?<s>vårhalvåret|høsthalvåret|vårsemesteret|høstsemesteret|vårhalvår|høsthalvår)\b(?:\s+(?<y>(?:19|20)\d{2}))?")] private static partial Regex NamedHalf();
    [GeneratedRegex(@"\b(?<q>(?:etter|ved|når det er) behov|om mulig|hvis mulig|dersom mulig|helst|fortrinnsvis|ca\.?|cirka|omkring|rundt|omtrent|etter avtale(?: med [\p{L}-]+)?)(?![\p{L}])")] private static partial Regex Qualifier();
    [GeneratedRegex(@"\b(?:i\s+)?(?:romjulen|romjula|romjul|mellom jul og nyttår)\b")] private static partial Regex Romjul();
    [GeneratedRegex(@"\bi\s+(?:julen|jula)\b")] private static partial Regex InChristmas();
}
