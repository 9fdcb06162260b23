using Arbeidsplan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Shared;

public enum OutcomeStatus
{
    Ok,
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}

/// <summary>The result of a use case, shared by the page that shows it and the endpoint that returns it.</summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeStatus status, T? value, IReadOnlyDictionary<string, string[]>? errors, string? message)
    {
        Status = status;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Message = message;
    }

    public OutcomeStatus Status { get; }
    public T? Value { get; }
    public IReadOnlyDictionary<string, string[]> Errors { get; }
    public string? Message { get; }
    public bool IsOk => Status == OutcomeStatus.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeStatus.Ok, value, null, null);

    public static Outcome<T> Invalid(string field, string message) =>
        new(OutcomeStatus.Invalid, default, new Dictionary<string, string[]> { [field] = [message] }, message);

    public static Outcome<T> Forbidden(string? message = null) =>
        new(OutcomeStatus.Forbidden, default, null, message ?? "Du har ikke tilgang til dette.");

    public static Outcome<T> NotFound(string? message = null) =>
        new(OutcomeStatus.NotFound, default, null, message ?? "Fant ikke det du ba om.");

    public static Outcome<T> Conflict(string? message = null) =>
        new(OutcomeStatus.Conflict, default, null,
            message ?? "Noen andre har endret dette siden du åpnet det. Last inn på nytt og gjør endringen igjen.");

    public static implicit operator Outcome<T>(T value) => Ok(value);

    /// <summary>The same failure as an outcome of another type, for a use case that stops at a step that failed.</summary>
    public Outcome<TOther> Failure<TOther>() =>
        IsOk ? throw new InvalidOperationException("Et vellykket resultat er ingen feil.") : new Outcome<TOther>(Status, default, Errors, Message);
}

public static class Outcome
{
    /// <summary>Runs a use case and turns broken rules and stale row versions into outcomes, so nothing half-done is saved.</summary>
    public static async Task<Outcome<T>> Try<T>(Func<Task<Outcome<T>>> work)
    {
        try
        {
            return await work();
        }
        catch (RuleViolation violation)
        {
            return Outcome<T>.Invalid(violation.Field, violation.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<T>.Conflict();
        }
    }
}
