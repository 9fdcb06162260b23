using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Reads Norwegian timing text as plans write it ("innen 1. juli 2026", "Mars, årlig", "annenhver uke",
/// "Første FS-møte etter årsmøtet") into a <see cref="Timing"/> placed in the plan's period. Each rule
/// consumes the words it understood; whatever meaningful words remain are reported, never guessed.
/// </summary>
public static partial class TimingParser
{
    internal const string Month = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|sept\\.?|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.|aug\\.?|sep\\.?|okt\\.?|nov\\.?|des\\.?";
    internal const string Weekday = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag";
    private const string Num = "\\d{1,2}|en|ei|ett|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv";

    private static readonly HashSet<string> Filler =
    [
        "i", "og", "eller", "på", "om", "av", "den", "det", "løpet", "per", "fra", "til",
        "med", "dato", "tid", "tidspunkt", "gang", "ganger", "hvert", "hver", "år", "året", "kl", "ved", "etter", "innen", "før", "mellom",
        "senest", "seinest", "frist", "tidligst", "dag", "dager", "hele", "lagene", "lokallagene", "alle",
    ];

    public static Timing Parse(string? text, PlanPeriod period, PlanCalendar? calendar = null, int? contextMonth = null)
    {
        var original = text?.Trim() ?? "";
        if (original.Length == 0)
        {
            return Timing.Empty;
        }
        var scan = new Scan(Normalise(original));
        var parts = new TimingParts();
        ReadRelative(scan, parts);
        TimingPhrases.ReadExclusions(scan, parts);
        TimingPhrases.ReadOrdinalWeekdays(scan, parts);
        ReadRecurrence(scan, parts);
        ReadContinuous(scan, parts);
        ReadDates(scan, parts, contextMonth);
        TimingPhrases.ReadWeeksAndHalves(scan, parts);
        ReadMonthsAndParts(scan, parts);
        ReadYears(scan, parts);
        TimingPhrases.ReadQualifiers(scan, parts);
        ReadMarkers(scan, parts);
        var leftover = scan.Leftover(Filler);
        if (leftover.Length > 0)
        {
            parts.Problems.Add($"forstod ikke «{leftover}»");
        }
        return TimingComposer.Compose(original, parts, period, calendar ?? PlanCalendar.Empty);
    }

    private static string Normalise(string text)
    {
        var t = text.ToLowerInvariant().Replace('\u00a0', ' ').Replace('–', '-').Replace('—', '-').Replace('−', '-');
        t = t.Replace("i.l.a.", "i løpet av").Replace("ila.", "i løpet av").Replace("f.o.m.", "fra").Replace("t.o.m.", "til")
            .Replace("pr.", "per").Replace("fram til", "innen").Replace("frem til", "innen").Replace("fram mot", "innen").Replace("frem mot", "innen")
            .Replace("over nyttår", "etter nyttår")
            .Replace("ganger årlig", "ganger i året").Replace("ganger månedlig", "ganger i måneden");
        t = Spaces().Replace(TimingPhrases.Nynorsk(t), " ").Trim();
        return t.TrimEnd(',', ';', ':', '!', '?');
    }

    private static void ReadRelative(Scan scan, TimingParts parts)
    {
        scan.Each(WeekdayNearAnchor(), m =>
        {
            var before = m.Groups["dir"].Value != "etter";
            parts.FixedAnchor = new FixedAnchor(SeasonalKey(m.Groups["anchor"].Value)!, before, null, m.Value.Trim(), NorwegianDates.Weekday(m.Groups["wd"].Value));
        });
        scan.Each(OffsetRelative(), m =>
        {
            var n = NorwegianDates.Number(m.Groups["n"].Value) ?? 1;
            var unit = m.Groups["u"].Value;
            var days = unit.StartsWith("uke", StringComparison.Ordinal) ? n * 7 : unit.StartsWith('m') ? n * 30 : n;
            var before = m.Groups["dir"].Value == "før";
            var anchor = m.Groups["anchor"].Value;
            if (SeasonalKey(anchor) is { } key)
            {
                parts.FixedAnchor = new FixedAnchor(key, before, before ? -days : days, $"{m.Groups["n"].Value} {unit} {m.Groups["dir"].Value} {anchor}");
                return;
            }
            parts.Relative = new RelativeTiming(anchor, before, before ? -days : days);
        });
        scan.Each(OrdinalRelative(), m => parts.Relative = new RelativeTiming(
            m.Groups["anchor"].Value, m.Groups["dir"].Value == "før", null, $"{m.Groups["ord"].Value} {m.Groups["event"].Value}"));
        scan.Each(SeasonalAnchor(), m =>
        {
            var dir = m.Groups["dir"].Value;
            // "ved årsskiftet", "rundt nyttår": the day itself, not an event to wait for.
            var at = dir is "ved" or "rundt" or "omkring" or "på";
            parts.FixedAnchor = new FixedAnchor(SeasonalKey(m.Groups["anchor"].Value)!, dir != "etter", at ? 0 : null, $"{dir} {m.Groups["anchor"].Value}");
        });
        // "i vinterferien", "i valgkampen", "valgdagen": periods and days each date plan sets (the school holidays differ by county).
        scan.Each(DuringAnchor(), m => parts.Relative ??= new RelativeTiming(m.Groups["anchor"].Value, false, 0));
        if (parts.Relative is null && parts.FixedAnchor is null)
        {
            scan.Each(GenericRelative(), m =>
            {
                var anchor = m.Groups["anchor"].Value;
                // "på Gardermoen", "ved Mjøsa" are places: with "på" and "ved" only an event ("på årsmøtet", "ved valget") is an anchor.
                if (NotAnAnchor(anchor) || parts.Relative is not null || m.Groups["dir"].Value is "på" or "ved" && !EventWord().IsMatch(anchor))
                {
                    return false;
                }
                var dir = m.Groups["dir"].Value;
                parts.Relative = new RelativeTiming(anchor, dir is "før" or "innen" or "i forkant av", dir is "på" or "ved" or "i forbindelse med" ? 0 : null);
                if (m.Groups["y"].Success)
                {
                    parts.RelativeYear = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                }
                return true;
            });
        }
    }

    private static bool NotAnAnchor(string word) =>
        word is "året" or "arbeidsåret" or "perioden" or "halvåret" or "måneden" or "uka" or "uken" or "kvartalet" or "våren"
            or "høsten" or "sommeren" or "vinteren" or "helgen" or "behov"
            or "utgangen" or "slutten" or "begynnelsen" or "starten" or "midten" || NorwegianDates.Month(word) is not null;

    /// <summary>Fixed points of the year people time things against: the turn of the year, Christmas, Easter, summer.</summary>
    private static string? SeasonalKey(string anchor) => anchor switch
    {
        "årsskiftet" or "nyttår" or "årsslutt" => "årsskiftet",
        "jul" or "julen" or "juleferien" => "jul",
        "sommeren" or "sommerferien" or "ferien" => "sommeren",
        "påske" or "påsken" or "påskeferien" => "påske",
        _ => null,
    };

    private static void ReadRecurrence(Scan scan, TimingParts parts)
    {
        scan.Each(EveryOther(), m =>
        {
            var u = m.Groups["u"].Value;
            parts.Recurrence = u.StartsWith('m') && NorwegianDates.Weekday(u) is null
                ? new Recurrence(RecurrenceUnit.Month, 2)
                : new Recurrence(RecurrenceUnit.Week, 2, NorwegianDates.Weekday(u));
        });
        scan.Each(EveryNth(), m =>
        {
            var n = m.Groups["n"].Value switch
            {
                "annen" or "andre" => 2, "tredje" => 3, "fjerde" => 4, "femte" => 5, "sjette" => 6, "åttende" => 8, "fjortende" => 14,
                var d => int.Parse(d, CultureInfo.InvariantCulture),
            };
            parts.Recurrence = m.Groups["u"].Value switch
            {
                "dag" when n % 7 == 0 => new Recurrence(RecurrenceUnit.Week, n / 7),
                "dag" => null,
                "uke" => new Recurrence(RecurrenceUnit.Week, n),
                _ => new Recurrence(RecurrenceUnit.Month, n),
            };
            return parts.Recurrence is not null;
        });
        scan.Each(EveryWeekday(), m => parts.Recurrence = new Recurrence(RecurrenceUnit.Week, 1, NorwegianDates.Weekday(m.Groups["d"].Value)));
        scan.Each(Weekly(), _ => parts.Recurrence = new Recurrence(RecurrenceUnit.Week));
        scan.Each(Monthly(), _ => parts.Recurrence = new Recurrence(RecurrenceUnit.Month));
        scan.Each(Quarterly(), _ => parts.Recurrence = new Recurrence(RecurrenceUnit.Quarter));
        scan.Each(HalfYearly(), m => parts.Recurrence = new Recurrence(RecurrenceUnit.HalfYear, AtLeast: m.Groups["min"].Success));
        scan.Each(TimesPer(), m =>
        {
            var n = NorwegianDates.Number(m.Groups["n"].Value) ?? 1;
            var per = m.Groups["p"].Value;
            var atLeast = m.Groups["min"].Value.StartsWith("minst", StringComparison.Ordinal);
            parts.Recurrence = per switch
            {
                _ when per.StartsWith("halvår", StringComparison.Ordinal) => new Recurrence(RecurrenceUnit.TimesPerYear, Times: n * 2, AtLeast: atLeast),
                _ when per.StartsWith("måned", StringComparison.Ordinal) => new Recurrence(RecurrenceUnit.TimesPerYear, Times: n * 12, AtLeast: atLeast),
                _ when per.StartsWith("period", StringComparison.Ordinal) => new Recurrence(RecurrenceUnit.TimesPerYear, Times: n, AtLeast: atLeast, Interval: 0),
                _ when n == 1 => new Recurrence(RecurrenceUnit.Year, AtLeast: atLeast),
                _ => new Recurrence(RecurrenceUnit.TimesPerYear, Times: n, AtLeast: atLeast),
            };
        });
        scan.Each(Yearly(), _ => parts.EveryYear = true);
        scan.Each(Regularly(), _ => parts.Recurrence ??= new Recurrence(RecurrenceUnit.Unspecified));
    }

    private static void ReadContinuous(Scan scan, TimingParts parts)
    {
        scan.Each(Continuous(), m => parts.Continuous = m.Value.Contains("perioden", StringComparison.Ordinal) ? "hele perioden" : "løpende");
        scan.Each(WhenNeeded(), _ =>
        {
            if (parts.Continuous is null)
            {
                parts.Continuous = "etter behov";
            }
            else
            {
                parts.Qualifiers.Add("ved behov");
            }
        });
        scan.Each(WithinYear(), m =>
        {
            if (m.Value.Contains("perioden", StringComparison.Ordinal))
            {
                parts.WholePeriod = true;
            }
            else
            {
                parts.Parts.Add(YearPart.Months(1, 12, null, "i løpet av året"));
            }
        });
    }

    private static void ReadDates(Scan scan, TimingParts parts, int? contextMonth)
    {
        scan.Each(IsoDate(), m => parts.Dates.Add(new DatePart(new DayPart(Int(m, "d"), Int(m, "m"), Int(m, "y")), null)));
        scan.Each(NumericRange(), m => parts.Dates.Add(new DatePart(
            new DayPart(Int(m, "d1"), Int(m, "m1"), Year(m, "y1")), new DayPart(Int(m, "d2"), Int(m, "m2"), Year(m, "y2")))));
        scan.Each(NamedRange(), m =>
        {
            var m2 = NorwegianDates.Month(m.Groups["m2"].Value)!.Value;
            var m1 = m.Groups["m1"].Success ? NorwegianDates.Month(m.Groups["m1"].Value)!.Value : m2;
            var y = Year(m, "y");
            parts.Dates.Add(new DatePart(new DayPart(Int(m, "d1"), m1, y), new DayPart(Int(m, "d2"), m2, y)));
        });
        scan.Each(NumericDate(), m => parts.Dates.Add(new DatePart(new DayPart(Int(m, "d"), Int(m, "m"), Year(m, "y")), null)));
        scan.Each(NamedDate(), m =>
        {
            parts.Dates.Add(new DatePart(new DayPart(Int(m, "d"), NorwegianDates.Month(m.Groups["m"].Value), Year(m, "y")), null));
            if (m.Groups["wd"].Success)
            {
                parts.NamedWeekday = NorwegianDates.Weekday(m.Groups["wd"].Value);
            }
        });
        if (contextMonth is { } month)
        {
            scan.Each(BareDayRange(), m => parts.Dates.Add(new DatePart(new DayPart(Int(m, "d1"), month, null), new DayPart(Int(m, "d2"), month, null))));
            scan.Each(BareDay(), m => parts.Dates.Add(new DatePart(new DayPart(Int(m, "d"), month, null), null)));
        }
    }

    private static void ReadMonthsAndParts(Scan scan, TimingParts parts)
    {
        scan.Each(PartOfMonth(), m =>
        {
            var month = NorwegianDates.Month(m.Groups["m"].Value)!.Value;
            var p = m.Groups["p"].Value;
            var (from, to) = p switch
            {
                "primo" or "begynnelsen av" or "starten av" => (1, 10),
                "medio" or "midten av" => (11, 20),
                "i løpet av" => (1, 31),
                _ => (21, 31),
            };
            parts.Parts.Add(new YearPart(month, from, month, to, $"{p} {NorwegianDates.MonthName(month)}", Year(m, "y")));
        });
        scan.Each(MonthSpan(), m =>
        {
            var a = NorwegianDates.Month(m.Groups["m1"].Value)!.Value;
            var b = NorwegianDates.Month(m.Groups["m2"].Value)!.Value;
            var y = Year(m, "y2") ?? Year(m, "y1");
            var joined = m.Groups["sep"].Value is "og" or "eller" && Math.Abs(b - a) > 1;
            if (joined)
            {
                parts.Parts.Add(YearPart.Months(a, a, y, NorwegianDates.MonthName(a)));
                parts.Parts.Add(YearPart.Months(b, b, y, NorwegianDates.MonthName(b)));
            }
            else
            {
                parts.Parts.Add(YearPart.Months(a, b, y, $"{NorwegianDates.MonthName(a)}–{NorwegianDates.MonthName(b)}"));
            }
        });
        scan.Each(HalfYear(), m => parts.Parts.Add(m.Groups["o"].Value is "første" or "1" or "1."
            ? YearPart.Months(1, 6, Year(m, "y"), "første halvår")
            : YearPart.Months(7, 12, Year(m, "y"), "andre halvår")));
        scan.Each(Quarter(), m =>
        {
            var q = m.Groups["o"].Value.TrimEnd('.') switch { "første" or "1" => 1, "andre" or "2" => 2, "tredje" or "3" => 3, _ => 4 };
            parts.Parts.Add(YearPart.Months((q * 3) - 2, q * 3, Year(m, "y"), $"{q}. kvartal"));
        });
        scan.Each(Season(), m =>
        {
            var s = m.Groups["s"].Value;
            var y = Year(m, "y");
            parts.Parts.Add(s switch
            {
                _ when s.StartsWith("vår", StringComparison.Ordinal) => YearPart.Months(1, 6, y, "våren"),
                _ when s.StartsWith("høst", StringComparison.Ordinal) => YearPart.Months(8, 12, y, "høsten"),
                _ when s.StartsWith("sommer", StringComparison.Ordinal) => YearPart.Months(6, 8, y, "sommeren"),
                _ => YearPart.Months(1, 3, y, "vinteren"),
            });
        });
        scan.Each(SingleMonth(), m =>
        {
            var month = NorwegianDates.Month(m.Groups["m"].Value)!.Value;
            parts.Parts.Add(YearPart.Months(month, month, Year(m, "y"), NorwegianDates.MonthName(month)));
        });
    }

    private static void ReadYears(Scan scan, TimingParts parts)
    {
        scan.Each(YearRange(), m =>
        {
            var first = Int(m, "y1");
            var last = Year(m, "y2")!.Value;
            if (last < first)
            {
                return false;
            }
            parts.YearRange = (first, last);
            return true;
        });
        scan.Each(YearWord(), m => parts.Years.Add(Int(m, "y")));
    }

    private static void ReadMarkers(Scan scan, TimingParts parts)
    {
        scan.Each(DeadlineMarker(), _ => parts.Deadline = true);
        scan.Each(FromMarker(), _ => parts.From = true);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A year group, with two-digit years read as 20xx.</summary>
    internal static int? Year(Match m, string group)
    {
        if (!m.Groups[group].Success || m.Groups[group].Value.Length == 0)
        {
            return null;
        }
        var year = int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        return year < 100 ? 2000 + year : year;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"(?<n>" + Num + @")\s+(?<u>dager|dag|døgn|uker|uke|måneder|måned|mnd)\s+(?<dir>før|etter)\s+(?<anchor>[\p{L}-]+)")] private static partial Regex OffsetRelative();
    [GeneratedRegex(@"(?<ord>første|neste|siste|andre)\s+(?<event>[\p{L}-]+(?:\s+møte)?)\s+(?<dir>etter|før)\s+(?<anchor>[\p{L}-]+)")] private static partial Regex OrdinalRelative();
    [GeneratedRegex(@"(?<dir>før|innen|senest|etter|ved|rundt|omkring|på)\s+(?<anchor>årsskiftet|nyttår|årsslutt|julen|juleferien|jul|sommerferien|sommeren|påskeferien|påsken|påske)\b")] private static partial Regex SeasonalAnchor();
    [GeneratedRegex(@"(?:siste|første)\s+(?<wd>" + Weekday + @")\s+(?<dir>før|etter)\s+(?<anchor>årsskiftet|nyttår|julen|juleferien|jul|sommerferien|sommeren|påskeferien|påsken|påske)\b")] private static partial Regex WeekdayNearAnchor();
    [GeneratedRegex(@"(?<dir>i etterkant av|i forkant av|i forbindelse med|etter|før|innen|på|ved)\s+(?<anchor>[\p{L}-]{3,}(?:et|en|ene|na|a|ne))\b(?:\s+(?<y>(?:19|20)\d{2}))?")] private static partial Regex GenericRelative();
    [GeneratedRegex(@"^(?:i\s+|på\s+|under\s+)?(?<anchor>vinterferien|høstferien|valgkampen|valgdagen)\b|\b(?:i|under)\s+(?<anchor>vinterferien|høstferien|valgkampen)\b")] private static partial Regex DuringAnchor();
    [GeneratedRegex(@"møte|valg|ting|samling|kurs|konferanse|dag|fest|seminar|leir|avslutning|åpning|treff|helg|markering|aksjon")] private static partial Regex EventWord();
    [GeneratedRegex(@"annenhver\s+(?<u>uke|måned|mnd|" + Weekday + @")")] private static partial Regex EveryOther();
    [GeneratedRegex(@"hver\s+(?<n>\d{1,2}|annen|andre|tredje|fjerde|femte|sjette|åttende|fjortende)\.?\s+(?<u>dag|uke|måned)")] private static partial Regex EveryNth();
    [GeneratedRegex(@"(?:(?:hver|alle)\s+(?<d>" + Weekday + @")(?:er|ene)?\b|\b(?<d>" + Weekday + @")(?:er|ene)\b)")] private static partial Regex EveryWeekday();
    [GeneratedRegex(@"ukentlig|hver uke|(?:en|én|1) gang (?:i|per) (?:uka|uken|uke)")] private static partial Regex Weekly();
    [GeneratedRegex(@"månedlig|hver måned|(?:en|én|1) gang (?:i|per) (?:måneden|måned|mnd)")] private static partial Regex Monthly();
    [GeneratedRegex(@"kvartalsvis|hvert kvartal|(?:en|én|1) gang (?:i|per) kvartal(?:et)?")] private static partial Regex Quarterly();
    [GeneratedRegex(@"halvårlig|hvert halvår|(?<min>minst )?(?:en|én|ett|1) gang (?:i|per) halvår(?:et)?")] private static partial Regex HalfYearly();
    [GeneratedRegex(@"(?<min>minst\s+|inntil\s+|ca\.?\s+|cirka\s+)?(?<n>" + Num + @")\s+gang(?:er)?\s+(?:i løpet av|i|per|hvert|om)\s+(?<p>arbeidsåret|året|år|halvåret|halvår|måneden|måned|perioden)")] private static partial Regex TimesPer();
    /// <summary>"årlig", "hvert år", and "hver" before a season ("hver høst"): only the word, so the season is still read as the time.</summary>
    [GeneratedRegex(@"\bårlig(?:e|t)?\b|hvert år|hvert eneste år|(?:en|én|1) gang i året|\bhver(?=\s+(?:våren|vår|høsten|høst|sommeren|sommer|vinteren|vinter)\b)")] private static partial Regex Yearly();
    [GeneratedRegex(@"\b(?:jevnlig|regelmessig|jevnt)\b|\bflere ganger (?:i|per) år(?:et)?\b")] private static partial Regex Regularly();
    [GeneratedRegex(@"kontinuerlig|fortløpende|løpende|(?:gjennom |i )?hele perioden|gjennom hele året|hele året|gjennom året|året rundt|hele tiden|hele arbeidsåret")] private static partial Regex Continuous();
    [GeneratedRegex(@"(?:etter|ved|når det er) behov")] private static partial Regex WhenNeeded();
    [GeneratedRegex(@"i løpet av (?:året|arbeidsåret|perioden)|innen (?:årets|periodens) slutt|innen utgangen av (?:året|perioden)")] private static partial Regex WithinYear();
    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")] private static partial Regex IsoDate();
    [GeneratedRegex(@"(?<!\d)(?<d1>\d{1,2})\.(?<m1>\d{1,2})\.?(?<y1>\d{4})?\s*(?:-|til)\s*(?<d2>\d{1,2})\.(?<m2>\d{1,2})\.?(?<y2>\d{4}|\d{2})?(?!\d)")] private static partial Regex NumericRange();
    [GeneratedRegex(@"(?<!\d)(?<d1>\d{1,2})\.?\s*(?<m1>" + Month + @")?\s*(?:-|til)\s*(?<d2>\d{1,2})\.?\s*(?<m2>" + Month + @")\b(?:\s+(?<y>\d{4}))?")] private static partial Regex NamedRange();
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})[./](?<m>\d{1,2})(?:[./](?<y>\d{4}|\d{2}))?(?![\d]|\.\d)\.?")] private static partial Regex NumericDate();
    [GeneratedRegex(@"(?:(?<wd>" + Weekday + @")\s+(?:den\s+)?)?(?<!\d)(?<d>\d{1,2})\.?\s*(?<m>" + Month + @")(?![\p{L}])(?:\s+(?<y>\d{4}))?")] private static partial Regex NamedDate();
    [GeneratedRegex(@"^(?<d1>\d{1,2})\.?\s*-\s*(?<d2>\d{1,2})\.?$")] private static partial Regex BareDayRange();
    [GeneratedRegex(@"^(?<d>\d{1,2})\.?$")] private static partial Regex BareDay();
    [GeneratedRegex(@"(?<p>primo|medio|ultimo|begynnelsen av|starten av|midten av|slutten av|utgangen av|i løpet av)\s+(?<m>" + Month + @")(?![\p{L}])(?:\s+(?<y>\d{4}))?")] private static partial Regex PartOfMonth();
    [GeneratedRegex(@"(?<m1>" + Month + @")(?![\p{L}])(?:\s+(?<y1>\d{4}))?\s*(?<sep>-|/|og|eller|til)\s*(?<m2>" + Month + @")(?![\p{L}])(?:\s+(?<y2>\d{4}))?")] private static partial Regex MonthSpan();
    [GeneratedRegex(@"(?<o>første|1\.?|andre|annet|2\.?|siste)\s*halvår(?:et)?(?:\s+(?<y>\d{4}))?")] private static partial Regex HalfYear();
    [GeneratedRegex(@"(?<o>første|andre|tredje|fjerde|siste|[1-4]\.?)\s*kvartal(?:et)?(?:\s+(?<y>\d{4}))?")] private static partial Regex Quarter();
    [GeneratedRegex(@"\b(?<s>våren|våres|vår|høsten|høst|sommeren|sommer|vinteren|vinter)\b(?:\s+(?<y>\d{4}))?")] private static partial Regex Season();
    [GeneratedRegex(@"(?<![\p{L}\d])(?<m>" + Month + @")(?![\p{L}])(?:\s+(?<y>\d{4}))?")] private static partial Regex SingleMonth();
    [GeneratedRegex(@"\b(?<y1>(?:19|20)\d{2})\s*-\s*(?<y2>(?:19|20)\d{2}|\d{2})\b")] private static partial Regex YearRange();
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b")] private static partial Regex YearWord();
    [GeneratedRegex(@"\b(?:innen|før|senest|seinest|frist|til og med|sist)\b")] private static partial Regex DeadlineMarker();
    [GeneratedRegex(@"\b(?:fra og med|fra|tidligst|etter)\b")] private static partial Regex FromMarker();

    /// <summary>The text being read; rules blank out what they understood so later rules and the leftover check see only the rest.</summary>
    internal sealed class Scan(string text)
    {
        private readonly StringBuilder rest = new(text);

        public void Each(Regex rule, Action<Match> read) => Each(rule, m =>
        {
            read(m);
            return true;
        });

        public void Each(Regex rule, Func<Match, bool> read)
        {
            foreach (Match m in rule.Matches(rest.ToString()))
            {
                if (read(m))
                {
                    for (var i = m.Index; i < m.Index + m.Length; i++)
                    {
                        rest[i] = ' ';
                    }
                }
            }
        }

        public string Leftover(HashSet<string> filler)
        {
            var words = rest.ToString().Split([' ', ',', '.', ';', ':', '/', '(', ')', '-', '!', '?', '«', '»', '"'], StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Where(w => !filler.Contains(w)));
        }
    }
}
