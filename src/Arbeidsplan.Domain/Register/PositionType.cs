using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>
/// A kind of office (leader, treasurer, region contact …) with its standing duties; data, not code. Each party (a top organisation)
/// keeps its own, so two parties on one installation can name and define their offices differently.
/// </summary>
public sealed class PositionType : IVersioned, IAudited
{
    private PositionType() => Name = "";

    /// <param name="partyId">The party's top organisation, which owns the type.</param>
    /// <param name="roles">What the type means to the system; left out, suggested from the name (<see cref="PositionRoles.Suggest"/>).</param>
    public PositionType(Guid partyId, string name, ScopeKind scope, string? duties = null, int sortOrder = 100, PositionRole? roles = null)
    {
        if (partyId == Guid.Empty)
        {
            throw new RuleViolation(nameof(PartyId), "Velg partiet vervtypen hører til.");
        }
        Id = Guid.CreateVersion7();
        PartyId = partyId;
        Name = "";
        Update(name, scope, duties, sortOrder, roles ?? PositionRoles.Suggest(name));
    }

    public Guid Id { get; private set; }

    /// <summary>The top organisation of the party whose offices these are; it never changes.</summary>
    public Guid PartyId { get; private set; }
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
    public IEnumerable<string> DutyLines => LinesOf(Duties);

    /// <summary>Duties as stored, as separate lines (for a reader that has the text without the position type).</summary>
    public static IEnumerable<string> LinesOf(string? duties) =>
        (duties ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
