using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>One change to register data: who, when, what, and the values before and after.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Instant At { get; set; }
    public string Actor { get; set; } = "";
    public string EntityType { get; set; } = "";
    public Guid EntityId { get; set; }
    public string Action { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
