using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.ShortName).HasMaxLength(60);
        b.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(o => o.Name);
        b.Ignore(o => o.DisplayName);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.OrganisationId, r.Name }).IsUnique();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(m => m.Number).HasConversion(n => n.Value, s => MunicipalityNumber.Parse(s)).HasMaxLength(4);
        b.Property(m => m.Name).HasMaxLength(100);
        b.HasIndex(m => m.Number).IsUnique();
    }
}

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.Property(x => x.Description).HasMaxLength(Text.LongTextMax);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MemberOrganisations).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.MemberOrganisations).HasField("memberOrganisations");
    }
}

internal sealed class BodyMemberOrganisationConfiguration : IEntityTypeConfiguration<BodyMemberOrganisation>
{
    public void Configure(EntityTypeBuilder<BodyMemberOrganisation> b)
    {
        b.HasKey(m => new { m.BodyId, m.OrganisationId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.Email).HasMaxLength(254);
        b.Property(p => p.Phone).HasMaxLength(30);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.Name);
    }
}

internal sealed class PositionTypeConfiguration : IEntityTypeConfiguration<PositionType>
{
    public void Configure(EntityTypeBuilder<PositionType> b)
    {
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Duties).HasMaxLength(Text.LongTextMax);
        // Each party names its own offices; the same name may exist in two parties.
        b.HasIndex(t => new { t.PartyId, t.Name }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.PartyId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(t => t.DutyLines);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.ComplexProperty(p => p.Term, t =>
        {
            t.Property(x => x.From).HasColumnName("TermFrom");
            t.Property(x => x.To).HasColumnName("TermTo");
        });
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PositionType>().WithMany().HasForeignKey(p => p.PositionTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PublicOfficeConfiguration : IEntityTypeConfiguration<PublicOffice>
{
    public void Configure(EntityTypeBuilder<PublicOffice> b)
    {
        b.ComplexProperty(p => p.Term, t =>
        {
            t.Property(x => x.From).HasColumnName("TermFrom");
            t.Property(x => x.To).HasColumnName("TermTo");
        });
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OrganisationLogoConfiguration : IEntityTypeConfiguration<OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<OrganisationLogo> b)
    {
        b.HasKey(l => l.OrganisationId);
        b.Property(l => l.ContentType).HasMaxLength(20);
        b.Property(l => l.UploadedBy).HasMaxLength(256);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
