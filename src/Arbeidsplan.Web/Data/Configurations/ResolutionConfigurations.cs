using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Resolutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> b)
    {
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Text).HasMaxLength(Resolution.MaxText);
        b.Property(r => r.AdoptedBy).HasMaxLength(200);
        b.Property(r => r.Responsible).HasMaxLength(200);
        b.HasIndex(r => new { r.OrganisationId, r.AdoptedOn });
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResolutionStepConfiguration : IEntityTypeConfiguration<ResolutionStep>
{
    public void Configure(EntityTypeBuilder<ResolutionStep> b)
    {
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Responsible).HasMaxLength(200);
        b.Property(s => s.Note).HasMaxLength(2_000);
        b.HasIndex(s => s.ResolutionId);
        b.HasOne<Resolution>().WithMany().HasForeignKey(s => s.ResolutionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> b)
    {
        b.Property(m => m.Outlet).HasMaxLength(200);
        b.Property(m => m.Title).HasMaxLength(300);
        b.Property(m => m.Url).HasMaxLength(1_000);
        b.HasIndex(m => new { m.OrganisationId, m.PublishedOn });
        b.HasIndex(m => m.ResolutionId);
        b.HasIndex(m => m.MeasureId);
        b.HasIndex(m => m.BodyId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Resolution>().WithMany().HasForeignKey(m => m.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        // What the piece covered may go (a plan replaced, a body laid down); the piece stays in the log.
        b.HasOne<Measure>().WithMany().HasForeignKey(m => m.MeasureId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.SetNull);
    }
}
