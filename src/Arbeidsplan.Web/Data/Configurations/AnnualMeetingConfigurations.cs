using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class ConstitutionConfiguration : IEntityTypeConfiguration<Constitution>
{
    public void Configure(EntityTypeBuilder<Constitution> b)
    {
        b.HasKey(c => c.MeetingId);
        b.Ignore(c => c.Counters);
        b.Property(c => c.Chair).HasMaxLength(200);
        b.Property(c => c.MinuteTaker).HasMaxLength(200);
        b.Property(c => c.FirstSigner).HasMaxLength(200);
        b.Property(c => c.SecondSigner).HasMaxLength(200);
        b.Property(c => c.VoteCounters).HasMaxLength(2000);
        b.HasOne<Meeting>().WithOne().HasForeignKey<Constitution>(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DelegateRuleConfiguration : IEntityTypeConfiguration<DelegateRule>
{
    public void Configure(EntityTypeBuilder<DelegateRule> b)
    {
        b.HasKey(r => r.OrganisationId);
        b.Property(r => r.CountedOn).HasConversion<AnnualDateConverter>().HasMaxLength(5);
        b.HasOne<Organisation>().WithOne().HasForeignKey<DelegateRule>(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ElectionResultConfiguration : IEntityTypeConfiguration<ElectionResult>
{
    public void Configure(EntityTypeBuilder<ElectionResult> b)
    {
        b.Ignore(e => e.Term);
        b.Ignore(e => e.IsRegistered);
        b.Property(e => e.Vote).HasMaxLength(ElectionResult.MaxVote);
        b.HasIndex(e => new { e.MeetingId, e.Order });
        b.HasIndex(e => e.ProposedPersonId);
        b.HasIndex(e => e.ElectedPersonId);
        b.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(e => e.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PositionType>().WithMany().HasForeignKey(e => e.PositionTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.ProposedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.ElectedPersonId).OnDelete(DeleteBehavior.Restrict);
        // The position the result became; removing the position in the register leaves the result as history.
        b.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.SetNull);
    }
}
