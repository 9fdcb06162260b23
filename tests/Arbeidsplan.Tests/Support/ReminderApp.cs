using Arbeidsplan.Web.Features.Jobs;
using Arbeidsplan.Web.Features.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Tests.Support;

/// <summary>The app with reminders on, sending through an SMTP server on loopback (the real one unless told otherwise).</summary>
public class ReminderApp : AppFactory
{
    public const string BaseUrl = "https://arbeidsplan.example.no";

    public ReminderApp()
    {
    }

    public ReminderApp(TestDatabase database, int? smtpPort = null) : base(database) => SmtpPort = smtpPort;

    /// <summary>Null for the shared real server.</summary>
    public int? SmtpPort { get; init; }

    public const string BounceAddress = "retur@test.no";

    /// <summary>The Maildir the bounce job reads, when the test has one.</summary>
    public string? BounceMaildir { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Enabled", "true");
        builder.UseSetting("App:BaseUrl", BaseUrl);
        builder.UseSetting("Email:SmtpHost", SmtpPort is null ? RealSmtpServer.Host : "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", (SmtpPort ?? RealSmtpServer.Port).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:UseStartTls", "false");
        builder.UseSetting("Email:TimeoutSeconds", "5");
        builder.UseSetting("Email:From", "paminnelser@test.no");
        builder.UseSetting("Email:BounceAddress", BounceAddress);
        if (BounceMaildir is not null)
        {
            builder.UseSetting("Outbox:BounceMaildir", BounceMaildir);
        }
    }

    public JobRunner Runner => Services.GetRequiredService<JobRunner>();

    /// <summary>Moves the clock to the given Oslo day and hour, and runs what is due then.</summary>
    public async Task<IReadOnlyList<string>> RunOnAsync(LocalDate day, int hour = 9)
    {
        Clock.Reset(day.At(new LocalTime(hour, 0)).InZoneStrictly(Arbeidsplan.Domain.Common.NorwegianTime.Oslo).ToInstant());
        return await Runner.RunDueAsync();
    }

    /// <summary>The day's reminders decided and written, as the daily job does, without waiting for its hour.</summary>
    public async Task<(int Notified, int Mailed)> DecideAsync(LocalDate day)
    {
        Clock.Reset(day.At(new LocalTime(9, 0)).InZoneStrictly(Arbeidsplan.Domain.Common.NorwegianTime.Oslo).ToInstant());
        await using var scope = Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<Arbeidsplan.Web.Features.Access.ActorContext>().ActAsSystem("Test");
        return await Services.GetRequiredService<ReminderRun>().WriteAsync(scope.ServiceProvider, day, CancellationToken.None);
    }

    /// <summary>The outbox delivered once, now.</summary>
    public Task<bool> DeliverAsync() => Runner.RunNowAsync("outbox-delivery");
}
