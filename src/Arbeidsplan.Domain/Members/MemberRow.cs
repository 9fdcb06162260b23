using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// One member as read from the export: the branch, and the <see cref="MemberRecord"/> its roll keeps, which the roll shares instead of
/// copying (a national export holds half a million), with the contact details only an organisation that keeps names reads.
/// </summary>
public sealed record MemberRow(int Line, Guid BranchId, MemberRecord Record, string? Name = null, string? Phone = null, string? Email = null)
{
    public MemberRow(int line, string memberNumber, Guid branchId, LocalDate? joinedOn, int? paidForYear, int? birthYear, Gender gender,
        string? name = null, string? phone = null, string? email = null)
        : this(line, branchId, new MemberRecord(memberNumber, joinedOn, paidForYear, birthYear, gender), name, phone, email)
    {
    }

    public string MemberNumber => Record.MemberNumber;
    public LocalDate? JoinedOn => Record.JoinedOn;
    public int? PaidForYear => Record.PaidForYear;
    public int? BirthYear => Record.BirthYear;
    public Gender Gender => Record.Gender;
}
