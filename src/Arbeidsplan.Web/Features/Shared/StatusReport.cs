using Arbeidsplan.Domain.Plans;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>What <c>StatusReportForm</c> posts: the status, a note, and the version of the row the report was written on.</summary>
public sealed class StatusReport
{
    public MeasureStatus Status { get; set; }
    public string? Note { get; set; }
    public long? Version { get; set; }
}
