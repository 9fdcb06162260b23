using Arbeidsplan.Web.Features.Meetings;
using NodaTime;

namespace Arbeidsplan.Web.Features.Home;

/// <summary>Min side's lists of what is the person's to do; each is empty when there is nothing.</summary>
public sealed record MyWorkView(IReadOnlyList<MyMeasure> Measures, IReadOnlyList<MyNotice> Notices, IReadOnlyList<MyMeeting> Meetings,
    IReadOnlyList<WatchedBranch> Branches, IReadOnlyList<UnmetRequirement> Requirements)
{
    public static readonly MyWorkView Empty = new([], [], [], [], []);
}

/// <summary>A measure the person owns, due this month or overdue.</summary>
public sealed record MyMeasure(Guid PlanId, Guid Id, string Title, LocalDate DueOn, bool Overdue, string Status, string Plan);

/// <summary>A branch the region contact follows up that needs a look: open flags, or no annual meeting this year.</summary>
public sealed record WatchedBranch(Guid Id, string Name, int OpenFlags, bool AnnualMeetingHeld);

/// <summary>A study requirement of this year that the person's branch has not met.</summary>
public sealed record UnmetRequirement(Guid BranchId, string Branch, string Name, LocalDate DueOn, bool Missed);

/// <summary>One of the organisation's next events.</summary>
public sealed record NextEvent(Guid Id, string Title, LocalDate Date, LocalTime? Time, string? Place);
