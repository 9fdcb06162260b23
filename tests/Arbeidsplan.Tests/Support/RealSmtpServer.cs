using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Arbeidsplan.Tests.Support;

/// <summary>
/// A real SMTP server on loopback (Debian's aiosmtpd), writing what it receives to a Maildir the tests read. scripts/test.sh starts
/// one for the run (ARBEIDSPLAN_TEST_SMTP, ARBEIDSPLAN_TEST_MAILDIR); without it, the first test that needs one starts its own. Tests
/// share it, so each reads only the messages to its own addresses.
/// </summary>
public static class RealSmtpServer
{
    private static readonly Lazy<(string Host, int Port, string Maildir)> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Host => Server.Value.Host;

    public static int Port => Server.Value.Port;

    /// <summary>Every message delivered so far to <paramref name="address"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(string address)
    {
        var folder = Path.Combine(Server.Value.Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(folder).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Time).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.File))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Waits a little for a message the server may still be writing (it answers before the file is renamed into place).</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count)
    {
        for (var i = 0; i < 50; i++)
        {
            var found = MessagesTo(address);
            if (found.Count >= count)
            {
                return found;
            }
            await Task.Delay(100);
        }
        return MessagesTo(address);
    }

    private static (string, int, string) Start()
    {
        if (Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_SMTP") is { Length: > 0 } given
            && Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_MAILDIR") is { Length: > 0 } maildir)
        {
            var parts = given.Split(':');
            return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), maildir);
        }
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), $"arbeidsplan-mail-{Guid.NewGuid():N}");
        var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Mailbox {folder}")
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd (apt-get install python3-aiosmtpd)");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.Kill();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return ("127.0.0.1", port, folder);
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException("aiosmtpd did not start: " + process.StandardError.ReadToEnd());
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
