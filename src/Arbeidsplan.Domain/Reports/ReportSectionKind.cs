namespace Arbeidsplan.Domain.Reports;

/// <summary>The sections of an annual report, stored by number; the report prints them in the order its data reader lists them.</summary>
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
    Finances = 9,
    Elections = 10,
}
