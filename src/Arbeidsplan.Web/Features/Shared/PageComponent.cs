using Microsoft.AspNetCore.Components;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// The base of every component under Features: it renders once it has read what it shows. <see cref="ComponentBase"/> renders
/// as soon as <c>OnInitializedAsync</c> first awaits; on SQLite that await finishes at once, on PostgreSQL it does not, and a
/// page whose fields are not set yet would render half-loaded or throw. Here the lifecycle runs to its end, then it renders;
/// sibling components load one after the other (<see cref="LoadTurn"/>).
/// </summary>
public abstract class PageComponent : ComponentBase
{
    private bool initialised;

    [Inject] private LoadTurn Turn { get; set; } = default!;

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        try
        {
            parameters.SetParameterProperties(this);
        }
        // Blazor says a query value cannot be read only in its message; the throwing method is no guide, since the JIT may inline it.
        catch (InvalidOperationException e) when (e.Message.StartsWith("Cannot parse the value", StringComparison.Ordinal))
        {
            // A value in the address the page cannot read ("?ar=abc"): the user's error, shown as a 400 page, not a 500.
            throw new BadQueryValue("En verdi i adressen kan ikke leses. Sjekk lenken, eller gå tilbake og velg på nytt.", e);
        }
        // Released before rendering: the children this render starts take their turns after this one.
        using (await Turn.TakeAsync())
        {
            if (!initialised)
            {
                initialised = true;
                OnInitialized();
                await OnInitializedAsync();
            }
            OnParametersSet();
            await OnParametersSetAsync();
        }
        StateHasChanged();
    }
}
