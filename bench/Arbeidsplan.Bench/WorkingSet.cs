using System.Diagnostics;

namespace Arbeidsplan.Bench;

/// <summary>
/// Runs one piece of work while the process's working set is sampled every 5 ms: wall time, the peak working set, how far the peak rose
/// above the working set just before (after a full collection), and the managed bytes allocated meanwhile (all threads).
/// </summary>
internal static class WorkingSet
{
    private const double Megabyte = 1024.0 * 1024;

    public sealed record Sample<T>(T Result, double Seconds, double PeakMb, double ExtraMb, double AllocatedMb);

    public static async Task<Sample<T>> MeasureAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        var allocated = GC.GetTotalAllocatedBytes();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var watch = Stopwatch.StartNew();
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await done.CancelAsync();
            await sampler;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        return new Sample<T>(result, seconds, peak / Megabyte, (peak - before) / Megabyte, (GC.GetTotalAllocatedBytes() - allocated) / Megabyte);
    }
}
