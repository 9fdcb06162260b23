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
