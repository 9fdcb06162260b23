using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>One member in a snapshot, with only what the follow-up needs: no name, no contact.</summary>
public sealed record MemberRecord
{
    public MemberRecord(string memberNumber, LocalDate? joinedOn, int? paidForYear, int? birthYear, Gender gender)
    {
        MemberNumber = memberNumber.Length is > 0 and <= 40 ? memberNumber : throw new RuleViolation(nameof(MemberNumber), "Medlemsnummeret må ha 1–40 tegn.");
        (JoinedOn, PaidForYear, BirthYear, Gender) = (joinedOn, paidForYear, birthYear, gender);
    }

    public string MemberNumber { get; }
    public LocalDate? JoinedOn { get; }
    public int? PaidForYear { get; }
    public int? BirthYear { get; }
    public Gender Gender { get; }
}
