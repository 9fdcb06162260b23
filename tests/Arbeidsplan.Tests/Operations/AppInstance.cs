using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Arbeidsplan.Tests.Operations;

/// <summary>The built app run as its own process on loopback, as a deployment runs it (`dotnet Arbeidsplan.Web.dll`), with its log kept.</summary>
public sealed class AppInstance : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    public AppInstance(string name, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        Name = name;
        Port = FreePort();
        var web = Path.Combine(RepositoryRoot(), "src", "Arbeidsplan.Web");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(web, "bin", Configuration(), "net10.0", "Arbeidsplan.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Format"] = "text";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>The process's id, whose memory the bench reads from /proc.</summary>
    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Waits until /health/ready answers 200: the database migrated and, with --demo, the demo loaded.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(15) };
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            Assert.False(process.HasExited, $"{Name} stopped:\n{Log}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }
            await Task.Delay(250);
        }
        Assert.Fail($"{Name} was not ready within {within}:\n{Log}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Arbeidsplan.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Arbeidsplan.slnx) is not above the test assembly.");
    }

    /// <summary>The configuration the tests were built in (…/bin/Release/net10.0/), which built the app too.</summary>
    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
