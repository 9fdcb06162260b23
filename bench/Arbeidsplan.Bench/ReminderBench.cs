using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// The daily reminder run for the whole party at national scale (issue: within 30 s and within the memory budget): what the run reads is
/// written as the app stores it (<see cref="ReminderWorld"/>: adopted plans per county and branch with owned, dated measures, positions with
/// terms, people with and without e-mail, users, choices; meetings under notice rules, annual meetings, region contacts, logged contacts,
/// flags, a member export, study requirements and deadlines), then <see cref="ReminderPreview"/> and <see cref="ReminderRun"/> are timed
/// through the app's own services, against a floor of hand-written SQL that reads the same rows (<see cref="ReminderFloor"/>).
/// </summary>
internal static class ReminderBench
{
    /// <summary>The run's day: fixed, so every run reads the same window; not in a default quiet period (July, Christmas).</summary>
    public static readonly LocalDate Day = new(2026, 9, 15);

    public const double TargetSeconds = 30;

    /// <summary>What <see cref="ReminderWorld"/> added: the measure and term sources' rows, then the notice, digest and study sources'.</summary>
    public sealed record World(int People, int Positions, int Plans, int Measures, int Users, int Preferences, int NoticeRules, int Meetings,
        int StudyRequirements, int Contacts, int Flags);

    public sealed record Measured(string Name, string Database, double Seconds, int Queries, double DatabaseMs, double PeakMb, double ExtraMb,
        double AllocatedMb, string Result, double FloorMs)
    {
        public double ToFloor => Seconds * 1000 / Math.Max(0.01, FloorMs);
        public bool Met => Seconds <= TargetSeconds && ExtraMb <= HostileInputBench.MegabytesAllowed;
    }

    /// <summary>The floor's time (median of its rounds) and the rows each of its statements read.</summary>
    public sealed record Floor(double Ms, IReadOnlyList<FloorRead> Reads);

    public sealed record FloorRead(string What, int Rows);

    /// <summary>
    /// Times the preview, the day's run (which writes every notification and e-mail), and the same run again (every key already taken), each
    /// once as the job runner does it: a new scope acting as the System. Memory is the peak working set while it runs, sampled every 5 ms.
    /// </summary>
    public static async Task<List<Measured>> MeasureAsync(BenchApp app, string database, Floor floor)
    {
        var run = app.Services.GetRequiredService<ReminderRun>();
        var results = new List<Measured>
        {
            await TimeAsync(app, "Forhåndsvisning av påminnelser (hele landet)", database, floor, async services =>
            {
                var preview = await services.GetRequiredService<ReminderPreview>().ForAsync(Day);
                var perPerson = preview.Reminders.CountBy(r => (r.PersonName, r.Email)).Select(p => p.Value).DefaultIfEmpty().ToList();
                var kinds = preview.Reminders.CountBy(r => r.Kind).OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}");
                return $"{preview.Reminders.Count} påminnelser, {preview.ByEmail} på e-post, til {perPerson.Count} personer (høyst {perPerson.Max()} til én): " +
                    string.Join(", ", kinds);
            }),
            await TimeAsync(app, "Daglig påminnelseskjøring (hele landet)", database, floor, async services =>
            {
                var (notified, mailed) = await run.WriteAsync(services, Day, CancellationToken.None);
                return notified == 0 ? throw new InvalidOperationException("Kjøringen skrev ingen varsler; benken måler feil ting.") : $"{notified} varsler, {mailed} e-poster";
            }),
            await TimeAsync(app, "Samme kjøring igjen samme dag (alt er avgjort)", database, floor, async services =>
            {
                var (notified, mailed) = await run.WriteAsync(services, Day, CancellationToken.None);
                return $"{notified} varsler, {mailed} e-poster";
            }),
        };
        return results;
    }

    private static async Task<Measured> TimeAsync(BenchApp app, string name, string database, Floor floor, Func<IServiceProvider, Task<string>> work)
    {
        app.Queries.Reset();
        var sample = await WorkingSet.MeasureAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var system = scope.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem("Påminnelser");
            return await work(scope.ServiceProvider);
        });
        return new Measured(name, database, sample.Seconds, app.Queries.Count, app.Queries.DatabaseTime.TotalMilliseconds, sample.PeakMb, sample.ExtraMb,
            sample.AllocatedMb, sample.Result, floor.Ms);
    }

    public static void Print(World world, IReadOnlyList<(Floor Floor, List<Measured> Rows)> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"Påminnelser, dag {Day:dd.MM.yyyy}: lagt til {world.People} tillitsvalgte ({world.Users} brukere), {world.Positions} verv, {world.Plans} planer, " +
            $"{world.Measures} tiltak, {world.Preferences} valg; {world.NoticeRules} innkallingsregler, {world.Meetings} møter og årsmøter, " +
            $"{world.StudyRequirements} studiekrav, {world.Contacts} kontakter, {world.Flags} flagg, ett medlemsuttrekk.");
        Console.WriteLine("Gulv = rå SQL som leser det kjøringen leser, hver rad, én spørring per lesing (det kjøringen leser to ganger, én gang), median av 5; " +
            "kjøringen skriver i tillegg varsler og e-poster.");
        Console.WriteLine($"Krav: én hel kjøring ≤ {TargetSeconds} s; minne: høyst {HostileInputBench.MegabytesAllowed} MB over arbeidssettet før (benkens minnegrense).");
        foreach (var (floor, rows) in runs)
        {
            Console.WriteLine($"Lest på {rows[0].Database}: {string.Join(", ", floor.Reads.Select(r => $"{r.Rows} {r.What}"))}.");
        }
        Console.WriteLine($"{"Måling",-48} {"database",-10} {"tid",8} {"spørr.",6} {"DB",8} {"gulv",8} {"tid/g",6} {"topp",7} {"ekstra",7} {"allokert",9}  resultat; krav");
        foreach (var r in runs.SelectMany(r => r.Rows))
        {
            Console.WriteLine($"{r.Name,-48} {r.Database,-10} {r.Seconds,6:0.00} s {r.Queries,6} {r.DatabaseMs,5:0} ms {r.FloorMs,5:0} ms {r.ToFloor,6:0.0} {r.PeakMb,4:0} MB {r.ExtraMb,4:0} MB {r.AllocatedMb,6:0} MB  " +
                $"{r.Result}; ≤ {TargetSeconds} s og ≤ {HostileInputBench.MegabytesAllowed} MB ekstra: {(r.Met ? "OK" : "NEI")}");
        }
    }
}
