using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
{
    public void Configure(EntityTypeBuilder<ContactEntry> b)
    {
        b.Property(c => c.Note).HasMaxLength(4000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.BranchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.ByPersonId).OnDelete(DeleteBehavior.SetNull);
        // The latest contact is asked for by day and then by when it was written: both in the key, so no sort per branch.
        b.HasIndex(c => new { c.BranchId, c.On, c.RecordedAt });
    }
}

internal sealed class BranchFlagConfiguration : IEntityTypeConfiguration<BranchFlag>
{
    public void Configure(EntityTypeBuilder<BranchFlag> b)
    {
        b.Property(f => f.Note).HasMaxLength(4000);
        b.Property(f => f.ClosingNote).HasMaxLength(4000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.BranchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(f => f.AssignedBodyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.AssignedPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(f => new { f.BranchId, f.ClosedOn });
        b.Ignore(f => f.IsOpen);
    }
}

internal sealed class ScorecardSettingsConfiguration : IEntityTypeConfiguration<ScorecardSettings>
{
    public void Configure(EntityTypeBuilder<ScorecardSettings> b)
    {
        b.HasKey(s => s.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BranchCheckConfiguration : IEntityTypeConfiguration<BranchCheck>
{
    public void Configure(EntityTypeBuilder<BranchCheck> b)
    {
        b.HasKey(c => c.BranchId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.BranchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> b)
    {
        b.HasKey(a => new { a.EventId, a.BranchId });
        b.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.BranchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.BranchId, a.On });
    }
}
