using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A board, committee, forum or network of an organisation; a joint body may draw members from other organisations too.</summary>
public sealed class Body : IVersioned, IAudited
{
    private readonly List<BodyMemberOrganisation> memberOrganisations = [];

    private Body() => Name = "";

    public Body(Guid organisationId, string name, BodyKind kind, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, kind, description);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public BodyKind Kind { get; private set; }
    public string? Description { get; private set; }
    public long Version { get; set; }
    public IReadOnlyList<BodyMemberOrganisation> MemberOrganisations => memberOrganisations;

    /// <summary>The least number present for the body to decide, when its statutes name one; null for more than half.</summary>
    public int? QuorumAtLeast { get; private set; }

    public Meetings.QuorumRule Quorum => new(QuorumAtLeast);

    public void SetQuorum(Meetings.QuorumRule rule) => QuorumAtLeast = rule.AtLeast;

    public void Update(string name, BodyKind kind, string? description)
    {
        Name = Text.Required(name, nameof(Name), "Navn");
        Kind = kind;
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", Text.LongTextMax);
    }

    /// <summary>Sets the other organisations this joint body draws members from.</summary>
    public void DrawMembersFrom(IEnumerable<Guid> organisationIds)
    {
        var wanted = organisationIds.Where(id => id != OrganisationId).Distinct().ToHashSet();
        memberOrganisations.RemoveAll(m => !wanted.Contains(m.OrganisationId));
        foreach (var id in wanted.Where(id => memberOrganisations.All(m => m.OrganisationId != id)))
        {
            memberOrganisations.Add(new BodyMemberOrganisation(Id, id));
        }
    }
}
