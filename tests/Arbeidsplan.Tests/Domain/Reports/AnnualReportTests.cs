using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reports;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Reports;

public sealed class AnnualReportTests
{
    [Fact]
    public void Adopted_RefusesChanges_UntilReopenedWithAReason()
    {
        var report = new AnnualReport(Guid.NewGuid(), 2026);
        report.Adopt(new LocalDate(2027, 2, 14), null);

        Assert.Throws<RuleViolation>(report.EnsureDraft);
        Assert.Equal(nameof(AnnualReport.ReopenedBecause), Assert.Throws<RuleViolation>(() => report.Reopen(" ")).Field);
        report.Reopen("Feil i medlemstallet");
        report.EnsureDraft();
        Assert.Equal(ReportState.Draft, report.State);
        Assert.Null(report.AdoptedOn);
    }

    [Fact]
    public void Adopt_OnADayOutsideTheYearOrTheNext_IsRefused()
    {
        var report = new AnnualReport(Guid.NewGuid(), 2026);

        Assert.Throws<RuleViolation>(() => report.Adopt(new LocalDate(2025, 12, 31), null));
        Assert.Throws<RuleViolation>(() => report.Adopt(new LocalDate(2028, 1, 1), null));
    }

    [Fact]
    public void Text_EachWrite_IsANewRevision()
    {
        var text = new ReportText(Guid.NewGuid(), ReportSectionKind.Members);

        var first = text.Write("Første", "a", "Kari", Instant.FromUtc(2027, 1, 5, 10, 0));
        var second = text.Write("Andre", "b", "Solveig", Instant.FromUtc(2027, 1, 6, 10, 0));

        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.Equal(("Andre", "Solveig", "b"), (text.Text, text.Author, text.Fingerprint));
        Assert.Throws<RuleViolation>(() => text.Write("", "c", "Kari", Instant.FromUtc(2027, 1, 7, 10, 0)));
    }
}
