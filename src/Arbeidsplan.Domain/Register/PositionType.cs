using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A kind of office (leader, treasurer, region contact …) with its standing duties; data, not code.</summary>
public sealed class PositionType : IVersioned, IAudited
{
    private PositionType() => Name = "";

    public PositionType(string name, ScopeKind scope, string? duties = null, int sortOrder = 100)
    {
        Id = Guid.CreateVersion7();
        Name = "";
        Update(name, scope, duties, sortOrder);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public ScopeKind Scope { get; private set; }
    public string? Duties { get; private set; }
    public int SortOrder { get; private set; }
    public long Version { get; set; }

    public void Update(string name, ScopeKind scope, string? duties, int sortOrder)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 100);
        Scope = scope;
        Duties = Text.Optional(duties, nameof(Duties), "Arbeidsinstruks", Text.LongTextMax);
        SortOrder = sortOrder;
    }

    /// <summary>The duties as separate lines, one per bullet.</summary>
    public IEnumerable<string> DutyLines =>
        (Duties ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
