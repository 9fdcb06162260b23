using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Members;

/// <summary>
/// One definition of a new member: joined in the twelve months up to the export's date. The counts used to say "joined in the
/// calendar year" while the welcome list said "the last twelve months"; a spring export now counts last autumn's members too.
/// </summary>
public sealed class NewMemberTests
{
    [Theory]
    [InlineData(2025, 1, 1, 2025, 12, 31, true)] // a year-end export: the calendar year
    [InlineData(2024, 12, 31, 2025, 12, 31, false)]
    [InlineData(2025, 6, 15, 2026, 3, 31, true)] // a spring export: last June is within the twelve months
    [InlineData(2025, 3, 31, 2026, 3, 31, false)] // exactly a year before: not new
    [InlineData(2026, 4, 1, 2026, 3, 31, false)] // after the export
    public void At_IsTheTwelveMonthsUpToTheDate(int y, int m, int d, int ay, int am, int ad, bool isNew)
    {
        Assert.Equal(isNew, NewMember.At(new LocalDate(y, m, d), new LocalDate(ay, am, ad)));
    }

    [Fact]
    public void Counts_AtASpringExport_CountLastAutumnsMembers()
    {
        var branch = Guid.NewGuid();
        MemberRow[] rows =
        [
            new(2, "1", branch, new LocalDate(2025, 10, 1), 2026, 1990, Gender.Woman),
            new(3, "2", branch, new LocalDate(2026, 2, 1), 2026, 1990, Gender.Man),
            new(4, "3", branch, new LocalDate(2024, 10, 1), 2026, 1990, Gender.Man),
        ];

        var counts = MemberCounts.At(rows, new LocalDate(2026, 3, 31)).Single();

        Assert.Equal(2, counts.New);
    }
}
