using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Study;

namespace Arbeidsplan.Web.Features.Branches;

public sealed record ScoreLights(Light Members, Light AnnualMeeting, Light Board, Light RequiredCircle, Light Study, Light RegionMeetings, Light Contact,
    Light Website, Light SocialMedia, Light Nomination = Light.None)
{
    public IEnumerable<Light> All => [Members, AnnualMeeting, Board, RequiredCircle, Study, RegionMeetings, Contact, Website, SocialMedia, Nomination];
}

/// <summary>One branch on the scorecard: the numbers, and a traffic light for each dimension.</summary>
public sealed record ScoreRow(Guid Id, string Name, Guid? RegionId, string Region, int? Paying, int? LastYearEnd, int? YearEndBefore, int? Target,
    int Unpaid, int New, DateOnly? AnnualMeeting, IReadOnlyList<string> EmptyPositions, RequirementState? RequiredCircle, DateOnly? RequiredCircleDone,
    int StudyHours, int StudyHoursLastYear, int RegionMeetings, DateOnly? LastContact, string? LastContactBy, DateOnly? WebsiteCheckedOn,
    DateOnly? SocialMediaCheckedOn, int OpenFlags, string? FlagReasons, ScoreLights Lights)
{
    public int? AgainstTarget => Target is { } t && Paying is { } p ? p - t : null;

    /// <summary>The day the branch sent last year's annual report to the organisation above; null until it has.</summary>
    public DateOnly? ReportSentOn { get; init; }

    /// <summary>The furthest step of the nomination for the branch's municipality in the coming election; null when none is coming.</summary>
    public string? Nomination { get; init; }

    public int Weakness => Domain.Branches.Lights.Weakness(Lights.All);
}

public sealed record ScoreTotals(string Name, int Branches, int Paying, int LastYearEnd, int YearEndBefore, int Target, int Unpaid, int New,
    int AnnualMeetings, int BoardsComplete, int CircleDone, int StudyHours, int StudyHoursLastYear, int OpenFlags)
{
    public int Change => LastYearEnd - YearEndBefore;

    public static ScoreTotals Of(string name, IReadOnlyCollection<ScoreRow> rows) => new(name, rows.Count, rows.Sum(r => r.Paying ?? 0),
        rows.Sum(r => r.LastYearEnd ?? 0), rows.Sum(r => r.YearEndBefore ?? 0), rows.Sum(r => r.Target ?? 0), rows.Sum(r => r.Unpaid), rows.Sum(r => r.New),
        rows.Count(r => r.AnnualMeeting is not null), rows.Count(r => r.EmptyPositions.Count == 0), rows.Count(r => r.RequiredCircle == RequirementState.Done),
        rows.Sum(r => r.StudyHours), rows.Sum(r => r.StudyHoursLastYear), rows.Sum(r => r.OpenFlags));
}

public sealed record RegionChoice(Guid Id, string Name);

public sealed record Scorecard(Guid OrganisationId, string OrganisationName, DateOnly On, int LastYear, DateOnly? MembersOn, string? RequiredCircleName,
    IReadOnlyList<ScoreRow> Branches, IReadOnlyList<ScoreTotals> Regions, ScoreTotals Total, IReadOnlyList<RegionChoice> RegionChoices, bool CanManage);

public sealed class ScorecardQuery
{
    public Guid? OrganisationId { get; set; }
    public Guid? RegionId { get; set; }

    /// <summary>«svakest» puts the weakest branches first; otherwise by region and name.</summary>
    public string? Sort { get; set; }
}
