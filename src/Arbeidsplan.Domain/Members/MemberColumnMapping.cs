using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Members;

/// <summary>The register's column names an organisation mapped once, used for its next imports.</summary>
public sealed class MemberColumnMapping : IAudited
{
    private MemberColumnMapping() { }

    public MemberColumnMapping(Guid organisationId, ColumnMapping mapping)
    {
        OrganisationId = organisationId;
        Set(mapping);
    }

    public Guid OrganisationId { get; private set; }
    public string? MemberNumber { get; private set; }
    public string? Branch { get; private set; }
    public string? JoinedOn { get; private set; }
    public string? PaidForYear { get; private set; }
    public string? BirthYear { get; private set; }
    public string? Gender { get; private set; }

    public void Set(ColumnMapping mapping)
    {
        string? Of(MemberField f) => mapping.Columns.TryGetValue(f, out var h) ? Text.Optional(h, f.ToString(), ColumnMapping.Label(f), 100) : null;
        (MemberNumber, Branch, JoinedOn, PaidForYear, BirthYear, Gender) =
            (Of(MemberField.MemberNumber), Of(MemberField.Branch), Of(MemberField.JoinedOn), Of(MemberField.PaidForYear), Of(MemberField.BirthYear), Of(MemberField.Gender));
    }

    public ColumnMapping ToMapping() => new(new (MemberField Field, string? Header)[]
    {
        (MemberField.MemberNumber, MemberNumber), (MemberField.Branch, Branch), (MemberField.JoinedOn, JoinedOn),
        (MemberField.PaidForYear, PaidForYear), (MemberField.BirthYear, BirthYear), (MemberField.Gender, Gender),
    }.Where(x => x.Header is not null).ToDictionary(x => x.Field, x => x.Header!));
}
