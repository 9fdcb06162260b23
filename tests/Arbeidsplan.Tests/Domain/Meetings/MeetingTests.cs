using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class MeetingTests
{
    private static readonly LocalDateTime Start = new(2027, 1, 12, 18, 0);
    private static readonly LocalDate Deadline = new(2026, 12, 29);

    private static Meeting Board() => new(Guid.NewGuid(), Guid.NewGuid(), "Styremøte", Start, Start.PlusHours(3), "Hamar", Deadline);

    private static Instant OsloNoon(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(NorwegianTime.Oslo).ToInstant();

    [Fact]
    public void RecordNotice_BeforeTheDeadline_IsOnTime()
    {
        var timing = Board().RecordNotice(OsloNoon(2026, 12, 28));

        Assert.False(timing.IsLate);
        Assert.Equal("Innkallingen ble sendt 28.12.2026, innen fristen 29.12.2026.", timing.Text);
    }

    [Fact]
    public void RecordNotice_AfterTheDeadline_IsAllowed_ButSaidPlainly()
    {
        var timing = Board().RecordNotice(OsloNoon(2027, 1, 2));

        Assert.True(timing.IsLate);
        Assert.Equal("Innkallingen ble sendt 2.1.2027, 4 dager etter fristen 29.12.2026.", timing.Text);
    }

    [Fact]
    public void RecordNotice_LateInTheEveningInOslo_CountsOnTheOsloDay()
    {
        // 23:30 in Oslo on the deadline is 22:30 UTC the same day: on time, not the next day.
        var timing = Board().RecordNotice(new LocalDateTime(2026, 12, 29, 23, 30).InZoneStrictly(NorwegianTime.Oslo).ToInstant());

        Assert.False(timing.IsLate);
    }

    [Fact]
    public void RecordNotice_ForACancelledMeeting_IsRefused()
    {
        var meeting = Board();
        meeting.Cancel();

        Assert.Equal("Møtet er avlyst.", Assert.Throws<RuleViolation>(() => meeting.RecordNotice(OsloNoon(2026, 12, 1))).Message);
    }

    [Fact]
    public void Constructor_NoticeDeadlineAfterTheMeeting_IsRefused() =>
        Assert.Throws<RuleViolation>(() => new Meeting(Guid.NewGuid(), Guid.NewGuid(), "Styremøte", Start, null, null, Start.Date.PlusDays(1)));

    [Fact]
    public void Reschedule_WithCases_ToAnotherYear_IsRefused_ButWithinTheYearIsFine()
    {
        var meeting = Board();

        var e = Assert.Throws<RuleViolation>(() => meeting.Reschedule("Styremøte", Start.PlusYears(1), null, null, null, hasCases: true));
        meeting.Reschedule("Styremøte", Start.PlusDays(7), null, "Elverum", null, hasCases: true);

        Assert.Equal("Sakene er nummerert for 2027; flytt møtet innen samme år, eller lag et nytt møte.", e.Message);
        Assert.Equal("Elverum", meeting.Place);
    }

    [Fact]
    public void Reschedule_AHeldMeeting_IsRefused()
    {
        var meeting = Board();
        meeting.MarkHeld();

        Assert.Throws<RuleViolation>(() => meeting.Reschedule("Styremøte", Start.PlusDays(1), null, null, null, hasCases: false));
    }

    [Fact]
    public void Case_NumberedInAnotherYear_IsRefused()
    {
        var meeting = Board();

        var e = Assert.Throws<RuleViolation>(() => new MeetingCase(meeting, new CaseNumber(1, 2026), CaseKind.Decision, "Budsjett", 0));

        Assert.Equal("Saken må ha et nummer fra 2027, møtets år.", e.Message);
    }

    [Fact]
    public void Case_ToDecide_WithoutAProposal_IsFlagged_AndAClosedCaseSaysSo()
    {
        var meeting = Board();
        var budget = new MeetingCase(meeting, new CaseNumber(3, 2027), CaseKind.Decision, "Budsjett 2027", 2);
        var info = new MeetingCase(meeting, new CaseNumber(4, 2027), CaseKind.Information, "Orientering fra fylkestinget", 3);

        Assert.True(budget.LacksProposal);
        Assert.False(info.LacksProposal);
        budget.Edit(CaseKind.Decision, "Budsjett 2027", null, "Styret vedtar budsjettet slik det er lagt fram.", closed: true);
        Assert.False(budget.LacksProposal);
        Assert.True(budget.IsClosed);
        Assert.Equal("Sak 3/27", budget.NumberLabel);
    }

    [Fact]
    public void Case_WaitingForItsNumber_GetsItOnce()
    {
        var eventuelt = new MeetingCase(Board(), null, CaseKind.Discussion, "Eventuelt", 1000);

        Assert.Equal("Nummer ved innkalling", eventuelt.NumberLabel);
        eventuelt.GiveNumber(new CaseNumber(7, 2027));
        Assert.Equal("Sak 7/27", eventuelt.NumberLabel);
        Assert.Throws<RuleViolation>(() => eventuelt.GiveNumber(new CaseNumber(8, 2027)));
    }

    [Fact]
    public void Case_OnAHeldMeeting_IsRefused()
    {
        var meeting = Board();
        meeting.MarkHeld();

        Assert.Throws<RuleViolation>(() => new MeetingCase(meeting, new CaseNumber(1, 2027), CaseKind.Decision, "Etterpå", 0));
    }

    [Fact]
    public void StandardAgenda_Defaults_OpenWithApprovals_AndCloseWithEventuelt()
    {
        var titles = StandardAgendaItem.InOrder(StandardAgendaItem.Defaults).Select(i => i.Title).ToList();

        Assert.Equal(["Godkjenning av innkalling og saksliste", "Godkjenning av protokoll fra forrige møte", "Orienteringssaker", "Eventuelt"], titles);
    }
}
