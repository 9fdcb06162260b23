using Arbeidsplan.Domain.Study;

namespace Arbeidsplan.Web.Features.Study;

public sealed class MaterialInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public MaterialKind Kind { get; set; }
    public string? Description { get; set; }
}

public sealed class CircleInput
{
    public Guid OrganisationId { get; set; }
    public Guid? BodyId { get; set; }
    public Guid? MaterialId { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int Participants { get; set; }
    public int Hours { get; set; }
    public string? LeaderName { get; set; }
    public long Version { get; set; }
}

public sealed class RequirementInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public RequirementKind Kind { get; set; }
    public int Year { get; set; }
    public Guid? MaterialId { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? BodyId { get; set; }
}

public sealed record MaterialRow(Guid Id, string Name, MaterialKind Kind, string? Description, bool IsDemo);

public sealed record CircleRow(Guid Id, Guid OrganisationId, string Unit, string Material, DateOnly StartsOn, DateOnly EndsOn, int Participants, int Hours,
    string LeaderName, bool IsDemo, long Version);

/// <summary>A branch's (or body's) study hours this year against last year.</summary>
public sealed record HoursRow(Guid OrganisationId, Guid? BodyId, string Unit, string Region, int Circles, int Hours, int HoursLastYear)
{
    public int Change => Hours - HoursLastYear;
}

public sealed record MatrixCell(Guid RequirementId, RequirementState State, DateOnly? DoneOn, string Label);

public sealed record MatrixRow(Guid OrganisationId, Guid? BodyId, string Unit, string Region, IReadOnlyList<MatrixCell> Cells);

public sealed record RequirementRow(Guid Id, string Name, RequirementKind Kind, int Year, string? Material, DateOnly DueOn, string? Body, int Done, int Total, bool IsDemo);

public sealed record CircleEdit(Guid Id, string Unit, int Year, CircleInput Input, IReadOnlyList<MaterialRow> Materials);

public sealed record UnitChoice(Guid OrganisationId, Guid? BodyId, string Name);

public sealed record StudyOverview(Guid OrganisationId, string OrganisationName, int Year, IReadOnlyList<MaterialRow> Materials, IReadOnlyList<CircleRow> Circles,
    IReadOnlyList<HoursRow> Hours, IReadOnlyList<RequirementRow> Requirements, IReadOnlyList<MatrixRow> Matrix, IReadOnlyList<UnitChoice> Units, bool CanManage)
{
    /// <summary>Study hours per year over the last ten, when there are two years or more to compare.</summary>
    public Arbeidsplan.Domain.Reports.ReportChart? HoursChart { get; init; }

    public int TotalHours => Hours.Sum(h => h.Hours);
    public int TotalHoursLastYear => Hours.Sum(h => h.HoursLastYear);
}
