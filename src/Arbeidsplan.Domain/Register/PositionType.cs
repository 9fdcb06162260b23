using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>What holding a position of a type lets the holder see and change.</summary>
public enum ScopeKind
{
    /// <summary>The organisation (or the body's organisations) and everything under it.</summary>
    Subtree = 0,

    /// <summary>The organisation (or the body's organisations) itself, not the units under it.</summary>
    OwnUnit = 1,

    /// <summary>The local branches of one region; the position names the region.</summary>
    Region = 2,
}

public static class ScopeKinds
{
    public static string Label(this ScopeKind kind) => kind switch
    {
        ScopeKind.Subtree => "Organisasjonen og alt under den",
        ScopeKind.OwnUnit => "Bare organisasjonen selv",
        ScopeKind.Region => "Lokallagene i én region",
        _ => kind.ToString(),
    };
}

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
