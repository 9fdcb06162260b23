using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        // One report per organisation and year: two first edits at once cannot make two.
        b.HasIndex(r => new { r.OrganisationId, r.Year }).IsUnique();
        b.Property(r => r.ReopenedBecause).HasMaxLength(500);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(r => r.AdoptedAtMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ReportTextConfiguration : IEntityTypeConfiguration<ReportText>
{
    public void Configure(EntityTypeBuilder<ReportText> b)
    {
        b.HasIndex(t => new { t.ReportId, t.Kind }).IsUnique();
        b.Property(t => t.Text).HasMaxLength(ReportText.MaxText);
        b.Property(t => t.Fingerprint).HasMaxLength(64);
        b.Property(t => t.Author).HasMaxLength(200);
        b.HasOne<AnnualReport>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportTextRevisionConfiguration : IEntityTypeConfiguration<ReportTextRevision>
{
    public void Configure(EntityTypeBuilder<ReportTextRevision> b)
    {
        b.HasIndex(r => new { r.TextId, r.Revision }).IsUnique();
        b.Property(r => r.Text).HasMaxLength(ReportText.MaxText);
        b.Property(r => r.Author).HasMaxLength(200);
        b.HasOne<ReportText>().WithMany().HasForeignKey(r => r.TextId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnualAccountsConfiguration : IEntityTypeConfiguration<AnnualAccounts>
{
    public void Configure(EntityTypeBuilder<AnnualAccounts> b)
    {
        b.HasIndex(a => new { a.OrganisationId, a.Year }).IsUnique();
        b.Ignore(a => a.Result);
        b.Property(a => a.ImportedFrom).HasMaxLength(260);
        // The summary's lines are read and written with their accounts, never queried on their own: one JSON column.
        b.Property(a => a.Lines).HasConversion(new AccountLinesConverter(), AccountLinesConverter.ByReference).HasMaxLength(20_000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditorReportConfiguration : IEntityTypeConfiguration<AuditorReport>
{
    public void Configure(EntityTypeBuilder<AuditorReport> b)
    {
        b.HasKey(r => r.AccountsId);
        b.Property(r => r.FileName).HasMaxLength(260);
        b.Property(r => r.UploadedBy).HasMaxLength(256);
        b.HasOne<AnnualAccounts>().WithOne().HasForeignKey<AuditorReport>(r => r.AccountsId).OnDelete(DeleteBehavior.Cascade);
    }
}
