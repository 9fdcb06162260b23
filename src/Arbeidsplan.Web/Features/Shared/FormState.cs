using Microsoft.AspNetCore.Components.Forms;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>Shows a use case's outcome on a form: field errors beside the fields, a summary on top, or a notice that it went well.</summary>
/// <remarks>
/// <para>One way for forms. A form with a field to fill in or pick is an <c>EditForm</c> with its own <c>FormName</c>, its own input
/// (<c>[SupplyParameterFromForm(FormName = …)]</c>, the class the use case takes) and its own <see cref="FormState"/>: a <c>FormStatus</c>
/// on top, a <c>ValidationMessage</c> beside each field, and <see cref="Apply{T}"/> with the outcome. A form repeated per row is a small
/// component in a <c>FormMappingScope</c> named after the row.</para>
/// <para>Action buttons – one click carrying only an id and the version read (delete, revoke, confirm, mark one row) – stay plain
/// <c>&lt;form method="post" @formname=… @onsubmit=…&gt;</c> with <c>&lt;AntiforgeryToken /&gt;</c> and hidden fields. They report to the
/// page's one <see cref="ForActions"/> state, drawn by one <c>FormStatus</c> where the browser lands after the click: above the buttons,
/// their forms posting to its anchor (<see cref="FormAnchor"/>), or on top of the page. No page keeps a message string of its own.</para>
/// <para>A grid of like fields, one per row of a table (the personal votes of a list's candidates, who was present), has no model to
/// bind to: it posts plainly too, and its one message above the grid names the row it is about.</para>
/// </remarks>
public sealed class FormState
{
    private const string HasErrors = "Skjemaet har feil. Rett dem opp og prøv igjen.";
    private readonly ValidationMessageStore store;
    private readonly bool actions;

    public FormState(object model) : this(model, actions: false)
    {
    }

    private FormState(object model, bool actions)
    {
        this.actions = actions;
        Context = new EditContext(model);
        store = new ValidationMessageStore(Context);
        Context.OnValidationRequested += (_, _) => store.Clear();
    }

    public EditContext Context { get; }

    /// <summary>What went wrong, shown in an alert on top of the form.</summary>
    public string? Message { get; private set; }

    /// <summary>What went well, shown as a status; set by <see cref="Succeed"/>.</summary>
    public string? Notice { get; private set; }

    /// <summary>The state of a page's action buttons: an outcome shows as one message, since a button has no fields to put errors beside.</summary>
    public static FormState ForActions() => new(new object(), actions: true);

    /// <summary>Puts the outcome's errors beside the fields named by the error keys; true if it went well.</summary>
    /// <param name="outcome">The use case's outcome.</param>
    /// <param name="fields">Where an error goes when the use case names a field otherwise than the input does (the domain's «ClosingNote» is the form's «Note»).</param>
    public bool Apply<T>(Outcome<T> outcome, params ReadOnlySpan<(string Error, string Field)> fields)
    {
        store.Clear();
        Message = null;
        Notice = null;
        if (outcome.IsOk)
        {
            return true;
        }
        if (actions)
        {
            Message = outcome.Message ?? outcome.Errors.Values.SelectMany(m => m).FirstOrDefault();
            return false;
        }
        foreach (var (key, messages) in outcome.Errors)
        {
            store.Add(Context.Field(FieldFor(key, fields)), messages);
        }
        Message = outcome.Status == OutcomeStatus.Invalid ? HasErrors : outcome.Message;
        Context.NotifyValidationStateChanged();
        return false;
    }

    /// <summary>An error the page found before asking the use case (a value the form could not read), beside its field.</summary>
    public void Fail(FieldIdentifier field, string message)
    {
        store.Add(field, message);
        Message = HasErrors;
        Context.NotifyValidationStateChanged();
    }

    public void Fail(string message)
    {
        Message = message;
    }

    public void Succeed(string notice)
    {
        Message = null;
        Notice = notice;
    }

    private static string FieldFor(string key, ReadOnlySpan<(string Error, string Field)> fields)
    {
        foreach (var (error, field) in fields)
        {
            if (error == key)
            {
                return field;
            }
        }
        return key;
    }
}
