using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Arbeidsplan.Tests.Operations;

/// <summary>
/// Debian's nginx on loopback, sending requests to the instances in turn (round robin, no sticky sessions) with the forwarded
/// headers a reverse proxy sets, and naming in X-Upstream the instance that answered. ARBEIDSPLAN_TEST_NGINX names the program
/// (scripts/test.sh installs it); /usr/sbin/nginx otherwise.
/// </summary>
public sealed class LoadBalancer : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("arbeidsplan-nginx-").FullName;
    private readonly Process process;

    public LoadBalancer(IEnumerable<int> upstreamPorts)
    {
        Port = AppInstance.FreePort();
        // World-writable: nginx's workers run as another user when the test runs as root.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var servers = string.Join("\n", upstreamPorts.Select(p => $"    server 127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)};"));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 128; }
            http {
              access_log {{folder}}/access.log;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream arbeidsplan {
            {{servers}}
              }
              server {
                listen 127.0.0.1:{{Port}};
                location / {
                  proxy_pass http://arbeidsplan;
                  proxy_set_header Host $host:$server_port;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """);
        var nginx = Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_NGINX") is { Length: > 0 } configured ? configured : "/usr/sbin/nginx";
        var info = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
        {
            info.ArgumentList.Add(arg);
        }
        process = Process.Start(info)!;
        WaitForPort();
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    private void WaitForPort()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.False(process.HasExited, $"nginx stopped: {process.StandardError.ReadToEnd()} {ErrorLog()}");
            try
            {
                using var client = new TcpClient("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        Assert.Fail($"nginx did not listen: {ErrorLog()}");
    }

    private string ErrorLog() => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
