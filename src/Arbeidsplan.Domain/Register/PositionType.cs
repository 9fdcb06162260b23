using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A kind of office (leader, treasurer, region contact …) with its standing duties; data, not code.</summary>
public sealed class PositionType : IVersioned, IAudited
{
    private PositionType() => Name = "";

    /// <param name="roles">What the type means to the system; left out, suggested from the name (<see cref="PositionRoles.Suggest"/>).</param>
    public PositionType(string name, ScopeKind scope, string? duties = null, int sortOrder = 100, PositionRole? roles = null)
    {
        Id = Guid.CreateVersion7();
        Name = "";
        Update(name, scope, duties, sortOrder, roles ?? PositionRoles.Suggest(name));
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public ScopeKind Scope { get; private set; }
    public string? Duties { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>What holding it means to the system: who leads, keeps the minutes, reads member lists, gets reminders.</summary>
    public PositionRole Roles { get; private set; }
    public long Version { get; set; }

    public void Update(string name, ScopeKind scope, string? duties, int sortOrder, PositionRole roles)
    {
        if ((roles & ~PositionRoles.Known) != 0)
        {
            throw new RuleViolation(nameof(Roles), "Ukjent rolle.");
        }
        Roles = roles;
        Name = Text.Required(name, nameof(Name), "Navn", 100);
        Scope = scope;
        Duties = Text.Optional(duties, nameof(Duties), "Arbeidsinstruks", Text.LongTextMax);
        SortOrder = sortOrder;
    }

    public bool Has(PositionRole role) => (Roles & role) == role;

    /// <summary>The duties as separate lines, one per bullet.</summary>
    public IEnumerable<string> DutyLines =>
        (Duties ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
