using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Arbeidsplan.Tests.Support;

/// <summary>A minimal SMTP server on loopback that keeps what it receives, so tests can see the e-mail the app sends.</summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string? refusal;

    /// <param name="refusal">An answer to every recipient instead of "250 ok" ("550 5.1.1 no such user"): a server that refuses.</param>
    public FakeSmtpServer(string? refusal = null)
    {
        this.refusal = refusal;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public List<string> Messages { get; } = [];

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost fake smtp");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.ToUpperInvariant();
            if (command.StartsWith("EHLO", StringComparison.Ordinal) || command.StartsWith("HELO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync("250 localhost");
            }
            else if (command == "DATA")
            {
                await writer.WriteLineAsync("354 end with .");
                var body = new StringBuilder();
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    body.AppendLine(data);
                }
                lock (Messages)
                {
                    Messages.Add(body.ToString());
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (refusal is not null && command.StartsWith("RCPT", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync(refusal);
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                return;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
