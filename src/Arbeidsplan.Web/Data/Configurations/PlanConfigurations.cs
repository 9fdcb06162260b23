using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Plan>().WithMany().HasForeignKey(p => p.RolledOverFromId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Domain.Meetings.Meeting>().WithMany().HasForeignKey(p => p.AdoptedAtMeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => new { p.OrganisationId, p.PeriodFrom });
        b.Ignore(p => p.Period);
    }
}

internal sealed class PlanColumnMappingConfiguration : IEntityTypeConfiguration<PlanColumnMapping>
{
    public void Configure(EntityTypeBuilder<PlanColumnMapping> b)
    {
        b.HasKey(m => new { m.OrganisationId, m.HeaderKey });
        b.Property(m => m.HeaderKey).HasMaxLength(PlanColumnMapping.MaxHeaderKey);
        b.Property(m => m.Roles).HasMaxLength(400);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> b)
    {
        b.Property(c => c.Number).HasMaxLength(20);
        b.Property(c => c.Text).HasMaxLength(50_000);
        b.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PlanId, c.Order });
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Property(g => g.Text).HasMaxLength(2000);
        b.Property(g => g.IndicatorUnit).HasMaxLength(50);
        b.Property(g => g.Baseline).HasPrecision(18, 2);
        b.Property(g => g.Target).HasPrecision(18, 2);
        b.Property(g => g.Current).HasPrecision(18, 2);
        b.HasOne<Plan>().WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Chapter>().WithMany().HasForeignKey(g => g.ChapterId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(g => new { g.PlanId, g.Order });
        b.Ignore(g => g.Indicator);
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> b)
    {
        b.Property(m => m.Code).HasMaxLength(20);
        b.Property(m => m.Text).HasMaxLength(2000);
        b.Property(m => m.Category).HasMaxLength(100);
        b.Property(m => m.TimingWindows).HasMaxLength(4000);
        // Kept from the owner and the timing so the measure list filters and sorts in the database; not news in the audit.
        b.Property(m => m.TimingMonths).HasMaxLength(4000).HasAnnotation(AuditInterceptor.Derived, true);
        b.Property(m => m.OwnerSortKey).HasMaxLength(200).HasAnnotation(AuditInterceptor.Derived, true);
        b.HasIndex(m => new { m.PlanId, m.OwnerSortKey });
        b.Property(m => m.TimingUnderstood).HasMaxLength(1000);
        b.Property(m => m.TimingUnclear).HasMaxLength(1000);
        b.HasOne<Plan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Chapter>().WithMany().HasForeignKey(m => m.ChapterId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<PositionType>().WithMany().HasForeignKey(m => m.OwnerPositionTypeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.OwnerBodyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Goals).WithOne().HasForeignKey(g => g.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Goals).HasField("goals");
        b.HasIndex(m => new { m.PlanId, m.Order });
        b.Ignore(m => m.Owner);
        b.Ignore(m => m.Timing);
    }
}

internal sealed class MeasureGoalConfiguration : IEntityTypeConfiguration<MeasureGoal>
{
    public void Configure(EntityTypeBuilder<MeasureGoal> b)
    {
        b.HasKey(x => new { x.MeasureId, x.GoalId });
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusNoteConfiguration : IEntityTypeConfiguration<StatusNote>
{
    public void Configure(EntityTypeBuilder<StatusNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasOne<Measure>().WithMany().HasForeignKey(n => n.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.MeasureId, n.On });
    }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> b)
    {
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.Content).HasColumnType("text");
        b.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
    }
}
