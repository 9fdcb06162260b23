namespace Arbeidsplan.Domain.Reports;

/// <summary>The sections of an annual report, in the order the report prints them.</summary>
public enum ReportSectionKind
{
    Organisation = 0,
    BoardWork = 1,
    WorkPlan = 2,
    DatePlan = 3,
    Members = 4,
    Study = 5,
    Branches = 6,
    Resolutions = 7,
    Affiliates = 8,
}
