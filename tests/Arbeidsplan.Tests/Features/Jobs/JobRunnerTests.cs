using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Jobs;

/// <summary>The runner: a job runs when due, once a day at its hour in Oslo, and once however many instances share the database.</summary>
public sealed class JobRunnerTests : IDisposable
{
    private readonly CountingApp app = new();

    public sealed class CountingJob(IClock clock) : ScheduledJob
    {
        private int runs;

        public int Runs => runs;

        public override string Name => "test-counting";

        public override string Label => "Test";

        public override JobSchedule Schedule { get; } = JobSchedule.Daily(new LocalTime(7, 0));

        public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            // Long enough that a second instance looks while the first still holds the lease.
            await Task.Delay(200, ct);
            return $"kjørt {clock.GetCurrentInstant()}";
        }
    }

    private sealed class CountingApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddJob<CountingJob>());
        }
    }

    private CountingJob Job => app.Services.GetRequiredService<CountingJob>();

    private void At(int day, int hour, int minute = 0) =>
        app.Clock.Reset(new LocalDateTime(2026, 12, day, hour, minute).InZoneStrictly(Arbeidsplan.Domain.Common.NorwegianTime.Oslo).ToInstant());

    private JobRunner AnotherInstance() => new(app.Services.GetServices<ScheduledJob>(), app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock,
        app.Services.GetRequiredService<IConfiguration>(), app.Services.GetRequiredService<Arbeidsplan.Web.Operations.StartupPreparation>(), app.Services.GetRequiredService<ILogger<JobRunner>>());

    [Fact]
    public async Task DailyJob_RunsFromItsHourInOslo_OnceADay()
    {
        var runner = app.Services.GetRequiredService<JobRunner>();

        At(7, 6, 59);
        await runner.RunDueAsync();
        Assert.Equal(0, Job.Runs);
        At(7, 7);
        await runner.RunDueAsync();
        At(7, 23);
        await runner.RunDueAsync();
        Assert.Equal(1, Job.Runs);
        At(8, 7, 30);
        await runner.RunDueAsync();
        Assert.Equal(2, Job.Runs);
    }

    [Fact]
    public async Task TwoInstances_OnOneDatabase_RunTheJobOnce()
    {
        At(7, 8);
        var first = app.Services.GetRequiredService<JobRunner>();
        var second = AnotherInstance();
        Assert.NotEqual(first.Holder, second.Holder);

        await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync(), AnotherInstance().RunDueAsync());

        Assert.Equal(1, Job.Runs);
    }

    [Fact]
    public async Task LeaseOfAnInstanceThatDied_RunsOut_AndAnotherTakesOver()
    {
        At(7, 8);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            await leases.ReadAsync("test-counting", CancellationToken.None);
            Assert.True(await leases.TryTakeAsync("test-counting", "dead-instance", app.Clock.GetCurrentInstant(), Duration.FromMinutes(10), CancellationToken.None));
        }
        var runner = app.Services.GetRequiredService<JobRunner>();

        await runner.RunDueAsync();
        Assert.Equal(0, Job.Runs);
        app.Clock.AdvanceMinutes(11);
        await runner.RunDueAsync();
        Assert.Equal(1, Job.Runs);
    }

    [Fact]
    public void RemindersOn_WithoutBaseUrl_StopsTheStartWithAClearMessage()
    {
        using var broken = new BrokenApp();

        var error = Assert.Throws<OptionsValidationException>(() => broken.Server);

        Assert.Contains("Reminders:Enabled needs App:BaseUrl", error.Message);
    }

    private sealed class BrokenApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reminders:Enabled", "true");
            builder.UseSetting("App:BaseUrl", "");
        }
    }

    public void Dispose() => app.Dispose();
}
