namespace Arbeidsplan.Domain.Reports;

public enum ReportState
{
    Draft = 0,
    Adopted = 1,
}
