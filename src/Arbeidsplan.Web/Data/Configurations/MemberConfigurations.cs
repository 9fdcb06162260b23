using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class MemberSnapshotConfiguration : IEntityTypeConfiguration<MemberSnapshot>
{
    public void Configure(EntityTypeBuilder<MemberSnapshot> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.OrganisationId, s.TakenOn });
        b.Property(s => s.ContentHash).HasMaxLength(64);
        b.HasIndex(s => new { s.OrganisationId, s.ContentHash });
        b.Ignore(s => s.IsYearEnd);
    }
}

internal sealed class BranchCountConfiguration : IEntityTypeConfiguration<BranchCount>
{
    public void Configure(EntityTypeBuilder<BranchCount> b)
    {
        b.HasKey(c => new { c.SnapshotId, c.BranchId });
        b.HasOne<MemberSnapshot>().WithMany().HasForeignKey(c => c.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.BranchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.BranchId);
    }
}

internal sealed class BranchRollConfiguration : IEntityTypeConfiguration<BranchRoll>
{
    public void Configure(EntityTypeBuilder<BranchRoll> b)
    {
        b.HasKey(r => new { r.SnapshotId, r.BranchId });
        b.Property(r => r.Members).HasConversion(new MemberRollConverter(), MemberRollConverter.ByReference);
        b.HasOne<MemberSnapshot>().WithMany().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.BranchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MemberColumnMappingConfiguration : IEntityTypeConfiguration<MemberColumnMapping>
{
    public void Configure(EntityTypeBuilder<MemberColumnMapping> b)
    {
        b.HasKey(m => m.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        foreach (var column in new[] { "MemberNumber", "Branch", "JoinedOn", "PaidForYear", "BirthYear", "Gender" })
        {
            b.Property<string?>(column).HasMaxLength(100);
        }
    }
}

internal sealed class MemberTargetConfiguration : IEntityTypeConfiguration<MemberTarget>
{
    public void Configure(EntityTypeBuilder<MemberTarget> b)
    {
        b.HasKey(t => new { t.BranchId, t.Year });
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.BranchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecruitmentCampaignConfiguration : IEntityTypeConfiguration<RecruitmentCampaign>
{
    public void Configure(EntityTypeBuilder<RecruitmentCampaign> b)
    {
        b.Property(c => c.Prize).HasMaxLength(500);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.OrganisationId, c.From });
        b.Ignore(c => c.Period);
    }
}

internal sealed class MemberContactConfiguration : IEntityTypeConfiguration<MemberContact>
{
    public void Configure(EntityTypeBuilder<MemberContact> b)
    {
        b.HasKey(c => new { c.OrganisationId, c.MemberNumber });
        b.Property(c => c.MemberNumber).HasMaxLength(40);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Email).HasMaxLength(254);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpMarkConfiguration : IEntityTypeConfiguration<FollowUpMark>
{
    public void Configure(EntityTypeBuilder<FollowUpMark> b)
    {
        b.HasKey(m => new { m.BranchId, m.Year, m.List, m.MemberNumber });
        b.Property(m => m.MemberNumber).HasMaxLength(40);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.BranchId).OnDelete(DeleteBehavior.Cascade);
    }
}
