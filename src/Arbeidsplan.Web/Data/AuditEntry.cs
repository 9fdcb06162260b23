using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>One change to register data: who, when, what, and the values before and after.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Instant At { get; set; }
    /// <summary>The actor's sign-in name when the change was made, or what the System was doing.</summary>
    public string Actor { get; set; } = "";

    /// <summary>The acting user; empty for the System.</summary>
    public string? ActorUserId { get; set; }

    /// <summary>The person the acting user is linked to, if any.</summary>
    public Guid? ActorPersonId { get; set; }
    public string EntityType { get; set; } = "";
    public Guid EntityId { get; set; }
    public string Action { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
