namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// One component of a request loads at a time. The renderer starts sibling components without waiting for the first to finish
/// loading, and they share the request's one <c>DbContext</c>: on PostgreSQL the second query would start while the first still
/// runs and fail ("A second operation was started on this context"). Every <see cref="PageComponent"/> takes its turn here.
/// </summary>
public sealed class LoadTurn : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> TakeAsync()
    {
        await gate.WaitAsync();
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private bool released;

        public void Dispose()
        {
            if (!released)
            {
                released = true;
                gate.Release();
            }
        }
    }
}
