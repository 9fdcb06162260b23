namespace Arbeidsplan.Tests.Support;

/// <summary>An app with the standard test world built once, shared by the tests of one class.</summary>
public sealed class WorldApp : AppFactory, IAsyncLifetime
{
    public World World { get; private set; } = default!;

    public async Task InitializeAsync() => World = await Register().WorldAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
