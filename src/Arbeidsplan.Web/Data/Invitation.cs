using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>An invitation for a person to create a user; only a hash of the secret link is stored.</summary>
public sealed class Invitation : Arbeidsplan.Domain.Common.IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public string Email { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public Instant CreatedAt { get; set; }
    public Instant ExpiresAt { get; set; }
    public Instant? AcceptedAt { get; set; }
    public Instant? RevokedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool IsOpen(Instant now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}
