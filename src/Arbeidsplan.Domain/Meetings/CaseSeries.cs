using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A body's case numbers for one calendar year. Numbers are taken from here and never handed back: a case deleted leaves a gap,
/// which the list says, so "Sak 7/27" in last month's minutes always means the same case. Versioned, so two people adding a case at
/// once cannot both take the same number.
/// </summary>
public sealed class CaseSeries : IVersioned, IAudited
{
    private CaseSeries()
    {
    }

    public CaseSeries(Guid bodyId, int year)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Year = new CaseNumber(1, year).Year;
    }

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The last number given; 0 before the first case of the year.</summary>
    public int Last { get; private set; }

    public long Version { get; set; }

    public CaseNumber Take()
    {
        var next = new CaseNumber(Last + 1, Year);
        Last = next.Number;
        return next;
    }

    /// <summary>Numbers given that no case has now: the gaps a list of the year's cases shows, so nobody wonders where Sak 4 went.</summary>
    /// <summary>The numbers up to <paramref name="highest"/> that no case holds: taken by a case since deleted, never given again.</summary>
    public static IReadOnlyList<int> GapsUpTo(int highest, IEnumerable<int> used)
    {
        var present = used.ToHashSet();
        return [.. Enumerable.Range(1, Math.Max(0, highest)).Where(n => !present.Contains(n))];
    }

    public IReadOnlyList<int> Gaps(IEnumerable<int> used)
    {
        var present = used.ToHashSet();
        return [.. Enumerable.Range(1, Last).Where(n => !present.Contains(n))];
    }
}
