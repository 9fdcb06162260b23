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
        // A null municipality is distinct from another in a unique index: the county council's one list per owner needs its own,
        // and a constituency's list (one county may field several) its own.
        b.HasIndex(n => new { n.ElectionId, n.CountyId }).IsUnique().HasFilter("\"MunicipalityId\" IS NULL AND \"ConstituencyId\" IS NULL").HasDatabaseName("IX_Nominations_CouncilList");
        b.HasIndex(n => new { n.ElectionId, n.ConstituencyId }).IsUnique().HasFilter("\"ConstituencyId\" IS NOT NULL");
        b.HasOne<Constituency>().WithMany().HasForeignKey(n => n.ConstituencyId).OnDelete(DeleteBehavior.Cascade);
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

internal sealed class ConstituencyConfiguration : IEntityTypeConfiguration<Constituency>
{
    public void Configure(EntityTypeBuilder<Constituency> b)
    {
        b.HasIndex(c => new { c.ElectionId, c.Number }).IsUnique();
        b.Property(c => c.Name).HasMaxLength(Constituency.MaxName);
        b.HasOne<Election>().WithMany().HasForeignKey(c => c.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CountyMunicipalityConfiguration : IEntityTypeConfiguration<CountyMunicipality>
{
    public void Configure(EntityTypeBuilder<CountyMunicipality> b)
    {
        b.HasKey(c => new { c.OrganisationId, c.MunicipalityId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CampaignPlanConfiguration : IEntityTypeConfiguration<CampaignPlan>
{
    public void Configure(EntityTypeBuilder<CampaignPlan> b)
    {
        // One plan per organisation and election.
        b.HasIndex(p => new { p.ElectionId, p.OrganisationId }).IsUnique();
        b.Property(p => p.Phases).HasConversion(new CampaignPhasesConverter(), CampaignPhasesConverter.ByReference).HasMaxLength(4000);
        b.HasOne<Election>().WithMany().HasForeignKey(p => p.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignTaskConfiguration : IEntityTypeConfiguration<CampaignTask>
{
    public void Configure(EntityTypeBuilder<CampaignTask> b)
    {
        b.Ignore(t => t.Owner);
        b.Property(t => t.Title).HasMaxLength(CampaignTask.MaxTitle);
        b.HasIndex(t => new { t.PlanId, t.Phase, t.DueOn });
        // Reminders read the open tasks by due date.
        b.HasIndex(t => new { t.Status, t.DueOn });
        b.HasIndex(t => t.PersonId);
        b.HasIndex(t => new { t.PositionTypeId, t.HeldInId });
        b.HasIndex(t => t.OwnerBodyId);
        b.HasOne<CampaignPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Erasure hands a person's tasks to the organisation's leader before the person goes.
        b.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PositionType>().WithMany().HasForeignKey(t => t.PositionTypeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(t => t.OwnerBodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignTaskNoteConfiguration : IEntityTypeConfiguration<CampaignTaskNote>
{
    public void Configure(EntityTypeBuilder<CampaignTaskNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(4000);
        b.Property(n => n.Author).HasMaxLength(200);
        b.HasIndex(n => n.TaskId);
        b.HasOne<CampaignTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignActivityConfiguration : IEntityTypeConfiguration<CampaignActivity>
{
    public void Configure(EntityTypeBuilder<CampaignActivity> b)
    {
        b.Property(a => a.Note).HasMaxLength(CampaignActivity.MaxNote);
        b.Property(a => a.RecordedBy).HasMaxLength(200);
        // The county's weekly view reads an election's activities by day; a branch's log by its organisation.
        b.HasIndex(a => new { a.ElectionId, a.On });
        b.HasIndex(a => new { a.OrganisationId, a.ElectionId, a.On });
        b.HasOne<Election>().WithMany().HasForeignKey(a => a.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ListResultConfiguration : IEntityTypeConfiguration<ListResult>
{
    public void Configure(EntityTypeBuilder<ListResult> b)
    {
        // One result per list; the county's own list (no municipality) has its own index, as a null is distinct in a unique one.
        b.HasIndex(r => new { r.ElectionId, r.CountyId, r.MunicipalityId }).IsUnique();
        b.HasIndex(r => new { r.ElectionId, r.CountyId }).IsUnique().HasFilter("\"MunicipalityId\" IS NULL AND \"ConstituencyId\" IS NULL").HasDatabaseName("IX_ListResults_CountyList");
        b.HasIndex(r => new { r.ElectionId, r.ConstituencyId }).IsUnique().HasFilter("\"ConstituencyId\" IS NOT NULL");
        b.HasOne<Constituency>().WithMany().HasForeignKey(r => r.ConstituencyId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Share).HasPrecision(5, 1);
        b.Property(r => r.Change).HasPrecision(5, 1);
        b.HasOne<Election>().WithMany().HasForeignKey(r => r.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.CountyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResultColumnMappingConfiguration : IEntityTypeConfiguration<ResultColumnMapping>
{
    public void Configure(EntityTypeBuilder<ResultColumnMapping> b)
    {
        b.HasKey(m => m.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        foreach (var column in new[] { nameof(ResultColumnMapping.Municipality), nameof(ResultColumnMapping.Party), nameof(ResultColumnMapping.Votes),
            nameof(ResultColumnMapping.Share), nameof(ResultColumnMapping.Seats), nameof(ResultColumnMapping.Change), nameof(ResultColumnMapping.CandidateMunicipality),
            nameof(ResultColumnMapping.CandidateParty), nameof(ResultColumnMapping.CandidateName), nameof(ResultColumnMapping.CandidatePlace), nameof(ResultColumnMapping.PersonalVotes) })
        {
            b.Property<string?>(column).HasMaxLength(100);
        }
        b.Property(m => m.PartyCode).HasMaxLength(60);
    }
}

internal sealed class CountyStepTargetsConfiguration : IEntityTypeConfiguration<CountyStepTargets>
{
    public void Configure(EntityTypeBuilder<CountyStepTargets> b)
    {
        b.Property(t => t.Targets).HasConversion(new StepTargetsConverter(), StepTargetsConverter.ByReference).HasMaxLength(2000);
        b.HasIndex(t => new { t.ElectionId, t.OrganisationId }).IsUnique();
        b.HasOne<Election>().WithMany().HasForeignKey(t => t.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StepDefaultConfiguration : IEntityTypeConfiguration<StepDefault>
{
    public void Configure(EntityTypeBuilder<StepDefault> b)
    {
        b.HasKey(d => d.Kind);
        // The table starts with the act's and the plans' targets; administrators keep it from there. StepDefault.Act must not be
        // edited once shipped: a changed seed becomes an UpdateData in the next migration and overwrites what administrators set.
        b.HasData(StepDefault.Act);
    }
}

internal sealed class ListRuleBandConfiguration : IEntityTypeConfiguration<ListRuleBand>
{
    public void Configure(EntityTypeBuilder<ListRuleBand> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.Kind, r.CountyList, r.UpToSeats }).IsUnique();
        // The table starts with the election act's bands; a changed act is a changed row, kept by administrators. As above,
        // ListRuleBand.Act must not be edited once shipped, or the next migration overwrites their rows.
        b.HasData(ListRuleBand.Act);
    }
}
