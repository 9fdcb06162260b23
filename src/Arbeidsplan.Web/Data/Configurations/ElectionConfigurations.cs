using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Targets).HasConversion(new StepTargetsConverter(), StepTargetsConverter.ByReference).HasMaxLength(2000);
        b.HasIndex(e => new { e.OrganisationId, e.Day });
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        // One nomination per list: a municipality's, or the county council's (no municipality) per county.
        b.HasIndex(n => new { n.ElectionId, n.CountyId, n.MunicipalityId }).IsUnique();
        // A null municipality is distinct from another in a unique index: the county council's one list per owner needs its own.
        b.HasIndex(n => new { n.ElectionId, n.CountyId }).IsUnique().HasFilter("\"MunicipalityId\" IS NULL").HasDatabaseName("IX_Nominations_CouncilList");
        b.HasOne<Election>().WithMany().HasForeignKey(n => n.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.CountyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(n => n.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Steps).WithOne().HasForeignKey(s => s.NominationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Steps).HasField("steps");
        b.HasMany(n => n.Candidates).WithOne().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Candidates).HasField("candidates");
    }
}

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        // A person stands once on a list; two adding them at once is refused here as well as in the aggregate.
        b.HasIndex(c => new { c.NominationId, c.PersonId }).IsUnique();
        b.Property(c => c.Residence).HasMaxLength(Candidate.MaxResidence);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NominationStepConfiguration : IEntityTypeConfiguration<NominationStep>
{
    public void Configure(EntityTypeBuilder<NominationStep> b)
    {
        b.HasIndex(s => new { s.NominationId, s.Kind }).IsUnique();
        b.Property(s => s.RecordedBy).HasMaxLength(200);
        b.Property(s => s.Note).HasMaxLength(NominationStep.MaxNote);
    }
}

internal sealed class CountyMunicipalityConfiguration : IEntityTypeConfiguration<CountyMunicipality>
{
    public void Configure(EntityTypeBuilder<CountyMunicipality> b)
    {
        b.HasKey(c => new { c.OrganisationId, c.MunicipalityId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
