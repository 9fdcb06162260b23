using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class StudyMaterialConfiguration : IEntityTypeConfiguration<StudyMaterial>
{
    public void Configure(EntityTypeBuilder<StudyMaterial> b)
    {
        b.Property(m => m.Description).HasMaxLength(2000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class StudyCircleConfiguration : IEntityTypeConfiguration<StudyCircle>
{
    public void Configure(EntityTypeBuilder<StudyCircle> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StudyMaterial>().WithMany().HasForeignKey(c => c.MaterialId).OnDelete(DeleteBehavior.Restrict);
        // Hours in the key, so the scorecard's and the reports' sums of a branch's hours in a year are read from the index alone.
        b.HasIndex(c => new { c.OrganisationId, c.EndsOn, c.Hours });
    }
}

internal sealed class StudyRequirementConfiguration : IEntityTypeConfiguration<StudyRequirement>
{
    public void Configure(EntityTypeBuilder<StudyRequirement> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StudyMaterial>().WithMany().HasForeignKey(r => r.MaterialId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => new { r.OrganisationId, r.Year });
    }
}
