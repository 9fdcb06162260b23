using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Plans;

/// <summary>The column roles an organisation confirmed for a plan table with this header, used when the header comes again.</summary>
public sealed class PlanColumnMapping : IAudited
{
    public const int MaxHeaderKey = 400;
    public const int MaxRoles = 400;

    private PlanColumnMapping() => (HeaderKey, Roles) = ("", "");

    public PlanColumnMapping(Guid organisationId, string headerKey, IReadOnlyList<ColumnRole> roles)
    {
        OrganisationId = organisationId;
        HeaderKey = headerKey.Length <= MaxHeaderKey ? headerKey : throw new RuleViolation(nameof(HeaderKey), "Tabellens overskrift er for lang til å huskes.");
        Roles = "";
        Set(roles);
    }

    public Guid OrganisationId { get; private set; }
    public string HeaderKey { get; private set; }

    /// <summary>The roles in column order, by name ("Code,Measure,Timing").</summary>
    public string Roles { get; private set; }

    public void Set(IReadOnlyList<ColumnRole> roles) => Roles = string.Join(',', roles);

    public IReadOnlyList<ColumnRole> ToRoles() =>
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => Enum.TryParse<ColumnRole>(r, out var role) ? role : ColumnRole.Ignore).ToList();
}
