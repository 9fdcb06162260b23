using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>The counts the follow-up works with, per branch at a date: never the people themselves.</summary>
public sealed record MemberCounts(Guid BranchId, int Paying, int Unpaid, int New, int Women, int Men, int Under30, int Under40)
{
    /// <summary>
    /// Counts at <paramref name="asOf"/>: paying = paid for that year; unpaid = a member who has not; new = joined in the twelve months up to it (<see cref="NewMember"/>);
    /// gender and age bands among the paying (age as the year's birthday gives it).
    /// </summary>
    public static IReadOnlyList<MemberCounts> At(IEnumerable<MemberRow> members, LocalDate asOf) => At(members.Select(m => (m.BranchId, m.Record)), asOf);

    /// <inheritdoc cref="At(IEnumerable{MemberRow}, LocalDate)"/>
    public static IReadOnlyList<MemberCounts> At(IEnumerable<(Guid BranchId, MemberRecord Member)> members, LocalDate asOf)
    {
        // One pass: a national export has half a million rows.
        var byBranch = new Dictionary<Guid, MemberCounts>();
        foreach (var (branchId, m) in members)
        {
            var c = byBranch.GetValueOrDefault(branchId) ?? new MemberCounts(branchId, 0, 0, 0, 0, 0, 0, 0);
            var paying = m.PaidForYear >= asOf.Year ? 1 : 0;
            byBranch[branchId] = new MemberCounts(branchId, c.Paying + paying, c.Unpaid + 1 - paying,
                c.New + (NewMember.At(m.JoinedOn, asOf) ? 1 : 0),
                c.Women + (paying == 1 && m.Gender == Gender.Woman ? 1 : 0), c.Men + (paying == 1 && m.Gender == Gender.Man ? 1 : 0),
                c.Under30 + (paying == 1 && asOf.Year - m.BirthYear < 30 ? 1 : 0), c.Under40 + (paying == 1 && asOf.Year - m.BirthYear < 40 ? 1 : 0));
        }
        return [.. byBranch.Values];
    }
}
