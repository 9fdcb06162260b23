using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Arbeidsplan.Tests.Features.Shared;

public sealed class PageComponentTests
{
    [Fact]
    public async Task SiblingComponents_LoadOneAfterTheOther_SoTheyNeverShareTheDatabaseAtOnce()
    {
        var services = new ServiceCollection().AddScoped<LoadTurn>().AddSingleton<Overlap>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);

        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<TwoLoaders>();
            await root.QuiescenceTask;
            return root.ToHtmlString();
        });

        Assert.Equal("<p>lastet</p><p>lastet</p>", html);
        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<Overlap>().MostAtOnce);
    }

    private sealed class Overlap
    {
        public int Now { get; set; }
        public int MostAtOnce { get; set; }
    }

    private sealed class TwoLoaders : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<Loader>(0);
            builder.CloseComponent();
            builder.OpenComponent<Loader>(1);
            builder.CloseComponent();
        }
    }

    // Stands for a component that queries the database: it is inside from its first await to its last.
    private sealed class Loader : PageComponent
    {
        [Inject] private Overlap Overlap { get; set; } = default!;
        private bool loaded;

        protected override async Task OnInitializedAsync()
        {
            Overlap.Now++;
            Overlap.MostAtOnce = Math.Max(Overlap.MostAtOnce, Overlap.Now);
            await Task.Delay(30);
            Overlap.Now--;
            loaded = true;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, loaded ? "lastet" : "laster");
            builder.CloseElement();
        }
    }
}
