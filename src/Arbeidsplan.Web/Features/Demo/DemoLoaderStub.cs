namespace Arbeidsplan.Web.Features.Demo;
public sealed class DemoLoader
{
    public const string DemoPassword = "x";
    public Task<IReadOnlyList<string>> LoadAsync() => Task.FromResult<IReadOnlyList<string>>([]);
}
