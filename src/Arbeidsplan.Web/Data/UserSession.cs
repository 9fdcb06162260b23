using NodaTime;

namespace Arbeidsplan.Web.Data;

public enum SessionKind
{
    Cookie = 0,
    Bearer = 1,
}

/// <summary>
/// A sign-in the server knows of. The cookie or bearer token carries its id; ending the session (sign-out, a new password,
/// a deactivated user) ends the sign-in at the next request, wherever the cookie or token is.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";
    public SessionKind Kind { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant ExpiresAt { get; set; }
    public Instant? EndedAt { get; set; }
    public string? EndedBecause { get; set; }

    public bool IsActiveAt(Instant now) => EndedAt is null && now < ExpiresAt;
}
