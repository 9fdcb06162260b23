using Microsoft.AspNetCore.Components;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// The base of every component under Features: it renders once it has read what it shows. <see cref="ComponentBase"/> renders
/// as soon as <c>OnInitializedAsync</c> first awaits; on SQLite that await finishes at once, on PostgreSQL it does not, and a
/// page whose fields are not set yet would render half-loaded or throw. Here the lifecycle runs to its end, then it renders.
/// </summary>
public abstract class PageComponent : ComponentBase
{
    private bool initialised;

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (!initialised)
        {
            initialised = true;
            OnInitialized();
            await OnInitializedAsync();
        }
        OnParametersSet();
        await OnParametersSetAsync();
        StateHasChanged();
    }
}
