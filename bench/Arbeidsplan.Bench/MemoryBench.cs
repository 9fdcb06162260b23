using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Arbeidsplan.Tests.Operations;

namespace Arbeidsplan.Bench;

/// <summary>
/// The app's own memory at national scale ×1 (issue 20, part 2): the national world is built on a SQLite file in this process, then
/// the built app is started on a copy of it as a process of its own, and its resident set is read from /proc while 50 signed-in users
/// ask for the pages of a county for a bounded time on loopback, and then while a member file of 500,000 rows is imported. The budget
/// is 300 MB; where it goes is printed from the kernel's split of the resident set (anonymous memory: the GC heap, the JIT's
/// working memory and SQLite's page cache; file-backed: the runtime's and the app's assemblies mapped in; shared: the runtime's
/// executable memory, JIT code and stubs, which W^X keeps in shared memory).
/// </summary>
internal static class MemoryBench
{
    private const double BudgetMb = 300;
    private const int Users = 50;
    private const int ImportRows = 500_000;

    public static async Task RunAsync(int loadSeconds)
    {
        var folder = Directory.CreateTempSubdirectory("arbeidsplan-minne").FullName;
        var file = Path.Combine(folder, "nasjonal.db");
        Guid national, county;
        List<(Guid Id, string Name)> branches;
        string leader;
        await using (var app = new BenchApp())
        {
            var admin = await app.SignedInClientAsync();
            List<Guid> counties;
            (national, counties, branches) = await NationalWorld.BuildRegisterAsync(app.Services, 370);
            await NationalBench.ImportYearEndsAsync(admin, national, branches, 50_000);
            await NationalWorld.AddEventsAndCirclesAsync(app.Services, national, branches.Select(b => b.Id).ToList(), 40_000, 20_000);
            county = counties[0];
            leader = await NationalWorld.AddFollowUpAsync(app, national, county, branches.Select(b => b.Id).ToList());
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile}");
            connection.Open();
            using var copy = connection.CreateCommand();
            copy.CommandText = $"VACUUM INTO '{file}'";
            copy.ExecuteNonQuery();
        }
        // The import as a step of its own (issue 20: «stays within it as a separate step»): a fresh process on a copy of the same world.
        var fresh = Path.Combine(folder, "nasjonal-import.db");
        File.Copy(file, fresh);
        try
        {
            var (idle, load, afterLoad) = await WithAppAsync(file, async (http, pid) =>
            {
                var idle = Read(pid);
                var paths = new[]
                {
                    "/", $"/lokallag?org={county}", $"/medlemmer?org={county}", $"/datoplan?org={county}&ar=2026", $"/studier?org={county}",
                    $"/api/branches/scorecard?organisationId={county}", $"/moter?org={county}", $"/organisasjoner/{county}",
                };
                var load = await LoadAsync(http.BaseAddress!, leader, paths, pid, TimeSpan.FromSeconds(loadSeconds));
                return (idle, load, await ImportAsync(http, national, branches, pid));
            });
            var import = await WithAppAsync(fresh, (http, pid) => ImportAsync(http, national, branches, pid));
            Print(idle, load, loadSeconds, import, afterLoad);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The built app started as a process of its own on the file, ready, then stopped after the work.</summary>
    private static async Task<T> WithAppAsync<T>(string file, Func<HttpClient, int, Task<T>> work)
    {
        using var app = new AppInstance("minne", Settings(file));
        await app.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(10) };
        return await work(http, app.ProcessId);
    }

    /// <summary>The app on the file, its jobs and sign-in limits out of the way of the load, its log quiet.</summary>
    internal static Dictionary<string, string> Settings(string file) => new()
    {
        ["ConnectionStrings:Arbeidsplan"] = $"Data Source={file}",
        ["Jobs:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Security:RequireTwoFactorForAdministrators"] = "false",
        ["Security:SignInAttemptsPerAccount"] = "1000000",
        ["Security:SignInAttemptsPerAddress"] = "1000000",
    };

    /// <summary>The resident set and its split, in MB, from /proc/{pid}/status.</summary>
    private sealed record Resident(double TotalMb, double AnonymousMb, double FileMb, double SharedMb, double PeakMb);

    private static Resident Read(int pid)
    {
        var values = File.ReadAllLines($"/proc/{pid}/status").Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
        double Mb(string key) => values.TryGetValue(key, out var v) ? double.Parse(v.Split(' ')[0], CultureInfo.InvariantCulture) / 1024 : 0;
        return new Resident(Mb("VmRSS"), Mb("RssAnon"), Mb("RssFile"), Mb("RssShmem"), Mb("VmHWM"));
    }

    /// <summary>Fifty signed-in users asking for the county's pages in turn, as fast as the app answers, for a bounded time.</summary>
    private static async Task<(Resident Peak, int Requests, int Failures)> LoadAsync(Uri address, string leader, string[] paths, int pid, TimeSpan length)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Users; i++)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address };
            (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = leader, password = BenchApp.Password })).EnsureSuccessStatusCode();
            clients.Add(client);
        }
        var (requests, failures) = (0, 0);
        var until = DateTime.UtcNow + length;
        using var sampler = new Sampler(pid);
        await Task.WhenAll(clients.Select(async (client, n) =>
        {
            for (var i = n; DateTime.UtcNow < until; i++)
            {
                using var response = await client.GetAsync(paths[i % paths.Length]);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref requests);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clients.ForEach(c => c.Dispose());
        return (sampler.Peak, requests, failures);
    }

    /// <summary>A year-end file of 500,000 members, sent as a file the way a secretary uploads one, read by the app as it arrives.</summary>
    private static async Task<(Resident Peak, double Seconds, int Status, string Answer)> ImportAsync(HttpClient http, Guid national, List<(Guid Id, string Name)> branches, int pid)
    {
        var csv = Path.GetTempFileName();
        await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            var random = new Random(2027);
            await writer.WriteLineAsync("Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn");
            for (var i = 1; i <= ImportRows; i++)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{i};{branches[random.Next(branches.Count)].Name};{1 + random.Next(28):00}.{1 + random.Next(12):00}.{1990 + random.Next(36)};2026;{1940 + random.Next(65)};{(random.Next(2) == 0 ? "K" : "M")}"));
            }
        }
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = BenchApp.AdministratorEmail, password = BenchApp.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(national.ToString()), "organisationId" },
            { new StringContent("2026-11-30"), "takenOn" },
            { new StringContent("true"), "apply" },
        };
        await using var stream = File.OpenRead(csv);
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "medlemmer-2026.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/members/import/file") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var sampler = new Sampler(pid);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(csv);
        return (sampler.Peak, seconds, (int)response.StatusCode, answer.Length > 300 ? answer[..300] : answer);
    }

    /// <summary>Reads the app's resident set every 100 ms and keeps the highest.</summary>
    private sealed class Sampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private Resident peak = new(0, 0, 0, 0, 0);

        public Sampler(int pid) => loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = Read(pid);
                if (now.TotalMb > peak.TotalMb)
                {
                    peak = now;
                }
                await Task.Delay(100);
            }
        });

        public Resident Peak
        {
            get
            {
                stop.Cancel();
                loop.Wait();
                return peak;
            }
        }

        public void Dispose()
        {
            stop.Cancel();
            loop.Wait();
            stop.Dispose();
        }
    }

    private static void Print(Resident idle, (Resident Peak, int Requests, int Failures) load, int seconds,
        (Resident Peak, double Seconds, int Status, string Answer) import, (Resident Peak, double Seconds, int Status, string Answer) afterLoad)
    {
        static string Verdict(double mb) => mb <= BudgetMb ? "OK" : "OVER BUDSJETT";
        Console.WriteLine($"Minne i appens egen prosess, nasjonal skala ×1 (budsjett {BudgetMb:0} MB arbeidssett)");
        Console.WriteLine($"{"Fase",-52} {"RSS",7} {"anonymt",8} {"filer",7} {"delt",6}  Vurdering");
        Console.WriteLine($"{"Klar, før last",-52} {idle.TotalMb,7:0} {idle.AnonymousMb,8:0} {idle.FileMb,7:0} {idle.SharedMb,6:0}");
        Console.WriteLine($"{$"{Users} brukere i {seconds} s ({load.Requests} svar, {load.Failures} feil)",-52} {load.Peak.TotalMb,7:0} {load.Peak.AnonymousMb,8:0} {load.Peak.FileMb,7:0} {load.Peak.SharedMb,6:0}  {Verdict(load.Peak.TotalMb)}");
        Console.WriteLine($"{$"Medlemsimport, {ImportRows} rader som fil ({import.Seconds:0} s, svar {import.Status})",-52} {import.Peak.TotalMb,7:0} {import.Peak.AnonymousMb,8:0} {import.Peak.FileMb,7:0} {import.Peak.SharedMb,6:0}  {Verdict(import.Peak.TotalMb)}");
        // Not judged: the same import in the process the load phase left, whose heap the GC has not given back yet.
        Console.WriteLine($"{"  (samme import rett etter lasten, i samme prosess)",-52} {afterLoad.Peak.TotalMb,7:0} {afterLoad.Peak.AnonymousMb,8:0} {afterLoad.Peak.FileMb,7:0} {afterLoad.Peak.SharedMb,6:0}  (ikke vurdert)");
        foreach (var answer in new[] { import, afterLoad }.Where(a => a.Status >= 400))
        {
            Console.WriteLine($"Importen svarte: {answer.Answer}");
        }
        Console.WriteLine("Anonymt minne er GC-haugen, SQLites sidebuffer og JIT-ens arbeidsminne; filer er kjøretidens og appens sammenstillinger (delt med andre prosesser);");
        Console.WriteLine("delt er kjøretidens kjørbare minne (JIT-kode, stubber), som W^X legger i delt minne.");
    }
}
