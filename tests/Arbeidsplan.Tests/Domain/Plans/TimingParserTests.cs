using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class TimingParserTests
{
    private static readonly PlanPeriod Year2026 = PlanPeriod.Year(2026);
    private static readonly PlanPeriod Period2025To2028 = PlanPeriod.Years(2025, 2028);

    /// <summary>Text, the kind it is read as, the first window ("" when none) and words the reading must contain.</summary>
    public static TheoryData<string, TimingKind, string, string> OneYearPlan => new()
    {
        // Deadlines, as the seeds write them.
        { "innen 1. juli 2026", TimingKind.Deadline, "2026-01-01/2026-07-01", "Frist 1. juli 2026" },
        { "innen 1.juli", TimingKind.Deadline, "2026-01-01/2026-07-01", "Frist 1. juli 2026" },
        { "innen 1.mai", TimingKind.Deadline, "2026-01-01/2026-05-01", "Frist 1. mai 2026" },
        { "Innen 1. juli 2026.", TimingKind.Deadline, "2026-01-01/2026-07-01", "Frist 1. juli 2026" },
        { "før årsskiftet", TimingKind.Deadline, "2026-01-01/2026-12-31", "Frist 31. desember 2026" },
        { "Før sommeren", TimingKind.Deadline, "2026-01-01/2026-06-30", "Frist 30. juni 2026" },
        { "før jul", TimingKind.Deadline, "2026-01-01/2026-12-23", "Frist 23. desember 2026" },
        { "før påske", TimingKind.Deadline, "2026-01-01/2026-04-01", "Frist 1. april 2026" },
        { "senest 15.3.2026", TimingKind.Deadline, "2026-01-01/2026-03-15", "Frist 15. mars 2026" },
        { "frist 01.09.26", TimingKind.Deadline, "2026-01-01/2026-09-01", "Frist 1. september 2026" },
        { "innen utgangen av juni", TimingKind.Deadline, "2026-01-01/2026-06-30", "Frist 30. juni 2026" },
        { "innen mars", TimingKind.Deadline, "2026-01-01/2026-03-31", "Frist 31. mars 2026" },
        { "I løpet av året", TimingKind.Window, "2026-01-01/2026-12-31", "I løpet av året 2026" },
        { "i løpet av arbeidsåret", TimingKind.Window, "2026-01-01/2026-12-31", "I løpet av året" },
        { "før 1. mai", TimingKind.Deadline, "2026-01-01/2026-05-01", "Frist 1. mai 2026" },
        { "innen 2026", TimingKind.Deadline, "2026-01-01/2026-12-31", "Frist 31. desember 2026" },

        // Dates and ranges, including the date plan's short forms.
        { "1. juli 2026", TimingKind.Date, "2026-07-01/2026-07-01", "1. juli 2026" },
        { "17. mars", TimingKind.Date, "2026-03-17/2026-03-17", "17. mars 2026" },
        { "tirsdag 17. mars", TimingKind.Date, "2026-03-17/2026-03-17", "17. mars 2026" },
        { "14.-15. februar", TimingKind.DateRange, "2026-02-14/2026-02-15", "14.–15. februar 2026" },
        { "27-30. mars", TimingKind.DateRange, "2026-03-27/2026-03-30", "27.–30. mars 2026" },
        { "13.-14. januar 2025", TimingKind.DateRange, "2025-01-13/2025-01-14", "13.–14. januar 2025" },
        { "31.7.-3.8", TimingKind.DateRange, "2026-07-31/2026-08-03", "31. juli–3. august 2026" },
        { "30. juni - 2. juli", TimingKind.DateRange, "2026-06-30/2026-07-02", "30. juni–2. juli 2026" },
        { "fra 1. mars til 15. april", TimingKind.DateRange, "2026-03-01/2026-04-15", "1. mars–15. april 2026" },
        { "2026-09-14", TimingKind.Date, "2026-09-14/2026-09-14", "14. september 2026" },
        { "14.9", TimingKind.Date, "2026-09-14/2026-09-14", "14. september 2026" },
        { "12. jan. 2027", TimingKind.Date, "2027-01-12/2027-01-12", "12. januar 2027" },
        { "fra 1. september", TimingKind.DateRange, "2026-09-01/2026-12-31", "Fra 1. september 2026" },
        { "to uker før jul", TimingKind.Date, "2026-12-10/2026-12-10", "10. desember 2026" },

        // Months and parts of the year.
        { "Mars, årlig", TimingKind.Window, "2026-03-01/2026-03-31", "Mars 2026" },
        { "April/mai årlig", TimingKind.Window, "2026-04-01/2026-05-31", "April–mai 2026" },
        { "mars", TimingKind.Window, "2026-03-01/2026-03-31", "Mars 2026" },
        { "i september", TimingKind.Window, "2026-09-01/2026-09-30", "September 2026" },
        { "april-juni", TimingKind.Window, "2026-04-01/2026-06-30", "April–juni 2026" },
        { "januar til mars", TimingKind.Window, "2026-01-01/2026-03-31", "Januar–mars 2026" },
        { "mars og oktober", TimingKind.Window, "2026-03-01/2026-03-31", "Mars 2026, oktober 2026" },
        { "Første halvår 2025", TimingKind.Window, "2025-01-01/2025-06-30", "Første halvår 2025" },
        { "første halvår", TimingKind.Window, "2026-01-01/2026-06-30", "Første halvår 2026 (januar–juni 2026)" },
        { "2. halvår", TimingKind.Window, "2026-07-01/2026-12-31", "Andre halvår 2026" },
        { "høsten 2024", TimingKind.Window, "2024-08-01/2024-12-31", "Høsten 2024 (august–desember 2024)" },
        { "i løpet av høsten", TimingKind.Window, "2026-08-01/2026-12-31", "Høsten 2026" },
        { "våren", TimingKind.Window, "2026-01-01/2026-06-30", "Våren 2026 (januar–juni 2026)" },
        { "3. kvartal", TimingKind.Window, "2026-07-01/2026-09-30", "3. kvartal 2026" },
        { "ultimo august", TimingKind.Window, "2026-08-21/2026-08-31", "Ultimo august 2026" },
        { "i løpet av mars", TimingKind.Window, "2026-03-01/2026-03-31", "I løpet av mars 2026" },
        { "etter sommeren", TimingKind.Window, "2026-08-01/2026-12-31", "Fra 1. august 2026" },

        // Years.
        { "2024 og 2026", TimingKind.Window, "2024-01-01/2024-12-31", "Hele 2024 og hele 2026" },
        { "2026", TimingKind.Window, "2026-01-01/2026-12-31", "Hele 2026" },
        { "2025-2028", TimingKind.Window, "2025-01-01/2028-12-31", "Hele perioden 2025–2028" },
        { "Årlig", TimingKind.Window, "2026-01-01/2026-12-31", "Hvert år 2026" },
        { "hvert år", TimingKind.Window, "2026-01-01/2026-12-31", "Hvert år 2026" },

        // Continuous.
        { "Kontinuerlig", TimingKind.Continuous, "2026-01-01/2026-12-31", "Løpende gjennom hele perioden" },
        { "Hele perioden", TimingKind.Continuous, "2026-01-01/2026-12-31", "Løpende" },
        { "gjennom hele året", TimingKind.Continuous, "2026-01-01/2026-12-31", "Løpende" },
        { "Løpende", TimingKind.Continuous, "2026-01-01/2026-12-31", "Løpende" },
        { "etter behov", TimingKind.Continuous, "2026-01-01/2026-12-31", "Etter behov" },

        // Recurrence.
        { "Månedlig", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver måned" },
        { "en gang i måneden", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver måned" },
        { "Halvårlig", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hvert halvår" },
        { "hvert halvår", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hvert halvår" },
        { "Kvartalsvis", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hvert kvartal" },
        { "hver tirsdag", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver tirsdag" },
        { "tirsdager", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver tirsdag" },
        { "hver mandag", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver mandag" },
        { "annenhver uke", TimingKind.Recurring, "2026-01-01/2026-12-31", "Annenhver uke" },
        { "annenhver torsdag", TimingKind.Recurring, "2026-01-01/2026-12-31", "Annenhver torsdag" },
        { "hver 14. dag", TimingKind.Recurring, "2026-01-01/2026-12-31", "Annenhver uke" },
        { "ukentlig", TimingKind.Recurring, "2026-01-01/2026-12-31", "Hver uke" },
        { "fire ganger i året", TimingKind.Recurring, "2026-01-01/2026-12-31", "4 ganger i året" },
        { "minst to ganger i året", TimingKind.Recurring, "2026-01-01/2026-12-31", "Minst 2 ganger i året" },
        { "Minst to ganger ila. arbeidsåret", TimingKind.Recurring, "2026-01-01/2026-12-31", "Minst 2 ganger i året" },
        { "minst en gang i året", TimingKind.Recurring, "2026-01-01/2026-12-31", "Minst én gang i året" },
        { "3 ganger per halvår", TimingKind.Recurring, "2026-01-01/2026-12-31", "6 ganger i året" },
        { "jevnlig", TimingKind.Recurring, "2026-01-01/2026-12-31", "Jevnlig, uten oppgitt hyppighet" },
        { "månedlig, høsten", TimingKind.Recurring, "2026-08-01/2026-12-31", "Hver måned (august–desember 2026)" },

        // Relative to other events, with no date plan to place them in yet.
        { "Første FS-møte etter årsmøtet", TimingKind.Relative, "", "Første fs-møte etter årsmøtet (plasseres når datoplanen har «årsmøtet»)" },
        { "Etter årsmøteperioden", TimingKind.Relative, "", "Etter årsmøteperioden" },
        { "to uker før møtet", TimingKind.Relative, "", "2 uker før møtet (gjelder hvert slikt møte)" },
        { "på årsmøtet", TimingKind.Relative, "", "I forbindelse med årsmøtet" },
        { "ved kommunevalget 2027", TimingKind.Relative, "", "I forbindelse med kommunevalget" },
        { "3 dager etter valget", TimingKind.Relative, "", "3 dager etter valget" },
    };

    [Theory]
    [MemberData(nameof(OneYearPlan))]
    public void Parse_InAOneYearPlan_IsUnderstood(string text, TimingKind kind, string firstWindow, string understood)
    {
        var timing = TimingParser.Parse(text, Year2026);

        Assert.Equal(kind, timing.Kind);
        Assert.Null(timing.Unclear);
        Assert.True(timing.IsUnderstood);
        Assert.Equal(text.Trim(), timing.Text);
        Assert.Equal(firstWindow, timing.Windows.Count == 0 ? "" : timing.WindowsText.Split(';')[0]);
        Assert.Contains(understood, timing.Understood, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> NotUnderstood => new()
    {
        { "snarest", "«snarest»" },
        { "når det passer", "passer" },
        { "13.-14.", "«13 14»" },
        { "Mars, se egen plan", "«se egen plan»" },
        { "31. februar", "31. februar 2026 finnes ikke" },
        { "onsdag 17. mars", "17. mars 2026 er en tirsdag, ikke onsdag" },
        { "etter avtale", "«etter avtale»" },
        { "hver 3. dag", "«3»" },
        { "Valgkampåpning?", "«valgkampåpning»" },
    };

    [Theory]
    [MemberData(nameof(NotUnderstood))]
    public void Parse_WhatCannotBeUnderstood_IsKeptAndNamedNeverGuessed(string text, string named)
    {
        var timing = TimingParser.Parse(text, Year2026);

        Assert.False(timing.IsUnderstood);
        Assert.Equal(text, timing.Text);
        Assert.Contains(named, timing.Unclear, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_IsNoTiming()
    {
        Assert.Equal(TimingKind.None, TimingParser.Parse("  ", Year2026).Kind);
        Assert.Equal(TimingKind.None, TimingParser.Parse(null, Year2026).Kind);
    }

    [Fact]
    public void Parse_DayWithoutMonth_UsesTheDatePlanRowMonth()
    {
        var range = TimingParser.Parse("13.-14.", PlanPeriod.Year(2025), contextMonth: 1);
        var day = TimingParser.Parse("21.", PlanPeriod.Year(2025), contextMonth: 1);

        Assert.Equal("2025-01-13/2025-01-14", range.WindowsText);
        Assert.Equal("2025-01-21/2025-01-21", day.WindowsText);
    }

    [Theory]
    [InlineData("Årlig", 4, "Hvert år 2025–2028")]
    [InlineData("Mars, årlig", 4, "Mars hvert år 2025–2028")]
    [InlineData("innen 1. juli", 4, "Frist 1. juli hvert år 2025–2028")]
    [InlineData("Hele perioden", 1, "Løpende gjennom hele perioden (hele perioden 2025–2028)")]
    [InlineData("2024 og 2026", 2, "Hele 2024 og hele 2026")]
    [InlineData("mars", 4, "(året er ikke oppgitt)")]
    [InlineData("innen 1. juli 2026", 1, "Frist 1. juli 2026")]
    [InlineData("i løpet av perioden", 1, "frist 31. desember 2028")]
    public void Parse_InAPeriodPlan_RepeatsWhatHasNoYearEachYear(string text, int windows, string understood)
    {
        var timing = TimingParser.Parse(text, Period2025To2028);

        Assert.True(timing.IsUnderstood, timing.Unclear);
        Assert.Equal(windows, timing.Windows.Count);
        Assert.Contains(understood, timing.Understood, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelativeTimeSaidToRepeatYearly_IsPlacedInEveryYearOfThePeriod()
    {
        var calendar = new PlanCalendar(
        [
            Entry("Fylkesårsmøte", 2026, 2, 14), Entry("Fylkesstyremøte", 2026, 3, 17),
            Entry("Fylkesårsmøte", 2027, 2, 13), Entry("Fylkesstyremøte", 2027, 3, 16),
        ]);

        var timing = TimingParser.Parse("Første styremøte etter årsmøtet, årlig", PlanPeriod.Years(2026, 2027), calendar);

        Assert.Equal("2026-03-17/2026-03-17;2027-03-16/2027-03-16", timing.WindowsText);
        Assert.Contains("hvert år", timing.Understood, StringComparison.Ordinal);
        Assert.True(timing.IsUnderstood);
    }

    [Fact]
    public void Calendar_FindsTheAnchorAsAWordOrTheEndOfACompound_NotTheStartOfOne()
    {
        var calendar = new PlanCalendar(
        [
            Entry("Sommerkurs for ungdom", 2026, 6, 20), Entry("Valgkampåpning", 2026, 8, 10), Entry("Fylkesårsmøte", 2026, 2, 14),
            Entry("Kommunevalget", 2027, 9, 13), Entry("Årsmøteforberedelser", 2026, 1, 10),
        ]);

        Assert.Empty(calendar.Matching("sommeren"));
        Assert.Equal(["Kommunevalget"], calendar.Matching("valget").Select(e => e.Name));
        Assert.Equal(["Fylkesårsmøte"], calendar.Matching("årsmøtet").Select(e => e.Name));
        Assert.Equal(["Kommunevalget"], calendar.Matching("kommunevalg").Select(e => e.Name));
    }

    [Fact]
    public void Parse_RelativeTimes_ResolveAgainstThePlansCalendar()
    {
        var calendar = new PlanCalendar(
        [
            Entry("Fylkesstyremøte Hedmark Senterparti", 2026, 1, 20),
            Entry("Fylkesårsmøte for Hedmark Senterparti", 2026, 2, 14, 15),
            Entry("Fylkesstyremøte Hedmark Senterparti", 2026, 3, 17),
            Entry("Kommunevalg", 2027, 9, 13),
        ]);

        var first = TimingParser.Parse("Første FS-møte etter årsmøtet", Year2026, calendar);
        var before = TimingParser.Parse("to uker før årsmøtet", Year2026, calendar);
        var after = TimingParser.Parse("Etter årsmøteperioden", Year2026, calendar);
        var election = TimingParser.Parse("ved kommunevalget 2027", Year2026, calendar);

        Assert.Equal("2026-03-17/2026-03-17", first.WindowsText);
        Assert.Contains("17. mars 2026", first.Understood, StringComparison.Ordinal);
        Assert.True(first.Relative!.Resolved);
        Assert.Equal("2026-01-31/2026-01-31", before.WindowsText);
        Assert.Equal("2026-02-16/2026-12-31", after.WindowsText);
        Assert.Equal("2027-09-13/2027-09-13", election.WindowsText);
    }

    /// <summary>Every timing phrase the seed plans use, each understood or, where nothing can be, flagged.</summary>
    [Theory]
    [InlineData("innen 1.mai")]
    [InlineData("innen 1.juli")]
    [InlineData("innen 1. juli 2026")]
    [InlineData("i løpet av høsten 2024")]
    [InlineData("første halvår 2026")]
    [InlineData("i løpet av året")]
    [InlineData("minst to ganger ila. Arbeidsåret")]
    [InlineData("fire ganger i løpet av året")]
    [InlineData("hver tirsdag")]
    [InlineData("Annenhver uke")]
    [InlineData("hvert halvår")]
    [InlineData("minst en gang i året")]
    [InlineData("minst to ganger i året")]
    [InlineData("månedlig")]
    [InlineData("hver mandag")]
    [InlineData("kvartalsvis")]
    [InlineData("før årsskiftet")]
    [InlineData("Før sommeren")]
    [InlineData("Etter sommeren")]
    [InlineData("Landsmøte 27-30. mars")]
    [InlineData("Kandidatsamling 7.-8 januar")]
    [InlineData("november-desember")]
    [InlineData("Januar -mars")]
    [InlineData("April-juni")]
    [InlineData("Juli – september")]
    [InlineData("første møtet etter fylkesårsmøtet")]
    public void Parse_PhrasesFromTheSeedPlans_AreUnderstood(string phrase)
    {
        var timing = TimingParser.Parse(phrase, Year2026);

        Assert.NotEqual(TimingKind.NotUnderstood, timing.Kind);
        Assert.NotEmpty(timing.Understood);
    }

    [Fact]
    public void Due_IsTheLastDayOfTheLastWindow_AndNoneForRecurringWork()
    {
        Assert.Equal(new LocalDate(2026, 7, 1), TimingParser.Parse("innen 1. juli 2026", Year2026).Due);
        Assert.Equal(new LocalDate(2026, 6, 30), TimingParser.Parse("første halvår", Year2026).Due);
        Assert.Null(TimingParser.Parse("hver tirsdag", Year2026).Due);
        Assert.Null(TimingParser.Parse("Kontinuerlig", Year2026).Due);
    }

    [Fact]
    public void WindowsText_RoundTrips()
    {
        var timing = TimingParser.Parse("Mars, årlig", Period2025To2028);

        Assert.Equal(timing.Windows, Timing.ParseWindows(timing.WindowsText));
    }

    private static CalendarEntry Entry(string name, int year, int month, int day, int? lastDay = null) =>
        new(name, new DateInterval(new LocalDate(year, month, day), new LocalDate(year, month, lastDay ?? day)));
}
