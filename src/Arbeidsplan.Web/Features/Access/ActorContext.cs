using System.Security.Claims;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>
/// Who acts in this scope: the signed-in user of the request, or the System (the demo loader, background jobs).
/// Nothing acts without one: a request without a signed-in user acts as nobody and is covered by nothing.
/// </summary>
public sealed class ActorContext(IHttpContextAccessor http)
{
    /// <summary>The claim that carries the person a user is linked to, written at sign-in so the audit needs no lookup.</summary>
    public const string PersonClaim = "arbeidsplan:person";

    /// <summary>The linked person's name, for the records people read (who logged a contact, wrote a status); the audit keeps the sign-in.</summary>
    public const string PersonNameClaim = "arbeidsplan:person-name";

    /// <summary>The claim that carries the server-side session a cookie or token belongs to.</summary>
    public const string SessionClaim = "arbeidsplan:session";

    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public const string DemoLabel = "Demodata";

    private string? systemLabel;

    public bool IsSystem => systemLabel is not null;

    /// <summary>The System loading the demo: what it writes is marked as demo, so it can be told apart and removed.</summary>
    public bool IsDemo => systemLabel == DemoLabel;

    public ClaimsPrincipal User => IsSystem ? SystemPrincipal(systemLabel!) : http.HttpContext?.User ?? Nobody;

    public string? UserId => IsSystem ? null : User.FindFirstValue(ClaimTypes.NameIdentifier);

    public Guid? PersonId => !IsSystem && Guid.TryParse(User.FindFirstValue(PersonClaim), out var id) ? id : null;

    public Guid? SessionId => !IsSystem && Guid.TryParse(User.FindFirstValue(SessionClaim), out var id) ? id : null;

    /// <summary>The name the audit and the records show: the user's sign-in name, or what the System is doing.</summary>
    public string Name => systemLabel ?? User.FindFirstValue(ClaimTypes.Name) ?? "anonym";

    /// <summary>The name records shown to people carry: the linked person's name, else the sign-in name, or what the System is doing.</summary>
    public string DisplayName => systemLabel ?? User.FindFirstValue(PersonNameClaim) ?? Name;

    /// <summary>Acts as the System until the returned handle is disposed: for work no person starts (the demo, scheduled jobs).</summary>
    public IDisposable ActAsSystem(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var previous = systemLabel;
        systemLabel = label;
        return new Restore(() => systemLabel = previous);
    }

    private static ClaimsPrincipal SystemPrincipal(string label) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, label)], authenticationType: "System"));

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
