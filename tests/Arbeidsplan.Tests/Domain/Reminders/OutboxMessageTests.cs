using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Reminders;

public sealed class OutboxMessageTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 9, 3, 7, 0);

    private static OutboxMessage Message() => new("k", null, null, ReminderKind.MeasureDue, "a@test.no", "Emne", "tekst", "<p>tekst</p>", At);

    [Fact]
    public void MarkFailed_Transient_WaitsLongerEachTime_UpToSixHours()
    {
        var m = Message();

        m.MarkFailed("nede", permanent: false, At);
        Assert.Equal(At + Duration.FromMinutes(1), m.NextAttemptAt);
        m.MarkFailed("nede", permanent: false, At);
        Assert.Equal(At + Duration.FromMinutes(2), m.NextAttemptAt);
        Assert.Equal(DeliveryState.Waiting, m.State);
        Assert.Equal(Duration.FromHours(6), OutboxMessage.Backoff(20));
    }

    [Fact]
    public void MarkFailed_Permanent_OrTooOften_GivesUp()
    {
        var refused = Message();
        refused.MarkFailed("550", permanent: true, At);
        var tried = Message();
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            tried.MarkFailed("nede", permanent: false, At);
        }

        Assert.Equal(DeliveryState.Failed, refused.State);
        Assert.Equal(DeliveryState.Failed, tried.State);
    }

    [Fact]
    public void Retry_OfASentMessage_IsRefused()
    {
        var m = Message();
        m.MarkSent(At);

        Assert.Equal("State", Assert.Throws<RuleViolation>(() => m.Retry(At)).Field);
    }

    [Fact]
    public void Preference_DaysForAKindWithoutDays_AndOutOfRange_AreRefused()
    {
        Assert.Throws<RuleViolation>(() => ReminderPreference.ForPerson(Guid.NewGuid(), ReminderKind.RegionDigest).Set(true, 3));
        Assert.Throws<RuleViolation>(() => ReminderPreference.ForPerson(Guid.NewGuid(), ReminderKind.MeasureDue).Set(true, 91));
        Assert.Equal("measure-due", ReminderKinds.Slug(ReminderKind.MeasureDue));
        Assert.Equal(ReminderKind.AnnualMeetingChecklist, ReminderKinds.FromSlug("annual-meeting-checklist"));
    }
}
