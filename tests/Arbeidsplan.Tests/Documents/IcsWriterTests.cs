using System.Diagnostics;
using System.Text;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Documents;
using NodaTime;

namespace Arbeidsplan.Tests.Documents;

/// <summary>The feeds as other programs read them: lines folded at 75 octets, and a second iCalendar library that reads what we wrote.</summary>
public sealed class IcsWriterTests
{
    private static readonly Instant Changed = Instant.FromUtc(2026, 5, 1, 10, 0);

    private static readonly string LongTitle =
        "Felles samling for styrene i Kongsvingerregionen, Glåmdalen og Solør – økonomi, årsmøteforberedelser og nominasjon før høstens kommunevalg";

    private static string Calendar()
    {
        var board = Guid.NewGuid();
        var series = new IcsEntry("styre@arbeidsplan", "Styremøte", new EventWhen(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 1), new LocalTime(18, 0), new LocalTime(20, 0)),
            new RecurrenceRule(RepeatFrequency.Monthly, count: 4),
            [new EventException(board, new LocalDate(2026, 10, 1), null),
             new EventException(board, new LocalDate(2026, 11, 1), new EventWhen(new LocalDate(2026, 11, 3), new LocalDate(2026, 11, 3), new LocalTime(19, 0), new LocalTime(21, 0)))],
            "Hamar", null, "https://arbeidsplan.example.no/datoplan/hendelse/1", 2, Changed, "Styremøte", false);
        var gathering = new IcsEntry("samling@arbeidsplan", LongTitle, new EventWhen(new LocalDate(2026, 10, 17), new LocalDate(2026, 10, 18)), null, [],
            "Kongsvinger", "Påmelding til organisasjonssekretæren.", "https://arbeidsplan.example.no/datoplan/hendelse/2", 0, Changed, "Samling", true);
        return IcsWriter.Write("Hedmark Senterparti – datoplan", [series, gathering]);
    }

    [Fact]
    public void Write_FoldsLinesAt75Octets_WithCrlf_AndUnfoldsToTheWholeTitle()
    {
        var text = Calendar();

        var lines = text.Split("\r\n");
        Assert.DoesNotContain('\n', string.Join("", lines));
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        // TEXT values escape their commas.
        Assert.Contains($"SUMMARY:{LongTitle.Replace(",", "\\,", StringComparison.Ordinal)}", unfolded);
    }

    [Fact]
    public void Write_IsReadByPythonsICalendarLibrary_WithTheSeriesItsExceptionsAndTheAllDayEvent()
    {
        var file = Path.Combine(Path.GetTempPath(), $"arbeidsplan-{Guid.NewGuid():N}.ics");
        File.WriteAllText(file, Calendar(), new UTF8Encoding(false));
        try
        {
            var read = Python($$"""
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                for e in cal.walk('VEVENT'):
                    start = e.decoded('DTSTART')
                    tz = getattr(getattr(start, 'tzinfo', None), 'zone', '')
                    rid = e.get('RECURRENCE-ID')
                    ex = e.get('EXDATE')
                    print('|'.join([str(e.get('SUMMARY')), start.isoformat(), str(tz), str(e.get('RRULE').to_ical().decode() if e.get('RRULE') else ''),
                                    'moved' if rid else '', 'exdate' if ex else '', e.decoded('DTEND').isoformat()]))
                """, file);

            var rows = read.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('|')).ToList();
            var master = Assert.Single(rows, r => r[0] == "Styremøte" && r[4] == "");
            Assert.Equal(("2026-09-01T18:00:00+02:00", "Europe/Oslo", "FREQ=MONTHLY;COUNT=4", "exdate"), (master[1], master[2], master[3], master[5]));
            var moved = Assert.Single(rows, r => r[0] == "Styremøte" && r[4] == "moved");
            Assert.Equal("2026-11-03T19:00:00+01:00", moved[1]);
            var allDay = Assert.Single(rows, r => r[0] == LongTitle);
            Assert.Equal(("2026-10-17", "2026-10-19"), (allDay[1], allDay[6]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs a script with Debian's Python (scripts/test.sh installs python3-icalendar), the file as its argument; what it printed.</summary>
    private static string Python(string script, string file)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3-icalendar could not read the feed (scripts/test.sh installs it): {error}");
        return output;
    }
}
