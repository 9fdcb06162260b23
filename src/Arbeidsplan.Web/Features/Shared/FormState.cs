using Microsoft.AspNetCore.Components.Forms;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>Shows a use case's outcome on a form: field errors beside the fields, a summary on top.</summary>
public sealed class FormState
{
    private readonly ValidationMessageStore store;

    public FormState(object model)
    {
        Context = new EditContext(model);
        store = new ValidationMessageStore(Context);
        Context.OnValidationRequested += (_, _) => store.Clear();
    }

    public EditContext Context { get; }

    public string? Message { get; private set; }

    public bool Apply<T>(Outcome<T> outcome)
    {
        store.Clear();
        Message = null;
        if (outcome.IsOk)
        {
            return true;
        }
        foreach (var (field, messages) in outcome.Errors)
        {
            store.Add(Context.Field(field), messages);
        }
        Message = outcome.Status == OutcomeStatus.Invalid ? "Skjemaet har feil. Rett dem opp og prøv igjen." : outcome.Message;
        Context.NotifyValidationStateChanged();
        return false;
    }

    public void Fail(string message)
    {
        Message = message;
    }
}
