using System.Diagnostics;

namespace Arbeidsplan.Bench;

/// <summary>
/// Counts the SQL commands EF Core sends in this process, from its diagnostic events: for an app the bench did not configure itself
/// (the test project's walk world), where <see cref="QueryCounter"/> cannot be added as an interceptor.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Executing = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private readonly IDisposable all;
    private readonly List<IDisposable> subscriptions = [];
    private int count;
    private readonly List<string> texts = [];

    /// <summary>Keep each command's SQL too (<c>-- sider --sql</c>), with the time until its first row, to see which queries a page sends.</summary>
    public bool KeepText { get; init; }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (texts)
            {
                return [.. texts];
            }
        }
    }

    public CommandCounter() => all = DiagnosticListener.AllListeners.Subscribe(this);

    public int Count => Volatile.Read(ref count);

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (texts)
        {
            texts.Clear();
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this, name => name is Executing or Executed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == Executing)
        {
            Interlocked.Increment(ref count);
        }
        else if (KeepText && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data)
        {
            lock (texts)
            {
                texts.Add($"[{data.Duration.TotalMilliseconds:0.0} ms] {data.Command.CommandText}");
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        all.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
