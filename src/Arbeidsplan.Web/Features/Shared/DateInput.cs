using Microsoft.AspNetCore.Components.Forms;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// A date field that says how a date is written: a browser with a date picker shows its own «dd.mm.åååå», one without shows the
/// placeholder, and a screen reader reads the layout's hint («Skriv datoen som dd.mm.åååå …») as the field's description.
/// </summary>
public sealed class DateInput<TValue> : InputDate<TValue>
{
    /// <summary>The id of the hint in the layout that every date field points to.</summary>
    public const string HintId = "datoformat";

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        var attributes = AdditionalAttributes is null ? new Dictionary<string, object>() : new Dictionary<string, object>(AdditionalAttributes);
        attributes.TryAdd("placeholder", "dd.mm.åååå");
        attributes["aria-describedby"] = attributes.TryGetValue("aria-describedby", out var own) ? $"{own} {HintId}" : HintId;
        AdditionalAttributes = attributes;
    }
}
