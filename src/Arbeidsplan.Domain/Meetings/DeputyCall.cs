namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// Who to call in when members send forfall: the body's deputies (vara) in their order, one for each absent member, passing over
/// a deputy who has said forfall too.
/// </summary>
public static class DeputyCall
{
    public static IReadOnlyList<Guid> Called(IReadOnlyList<Guid> deputiesInOrder, int absentMembers, IReadOnlySet<Guid> deputiesAbsent) =>
        absentMembers <= 0 ? [] : [.. deputiesInOrder.Distinct().Where(d => !deputiesAbsent.Contains(d)).Take(absentMembers)];
}
