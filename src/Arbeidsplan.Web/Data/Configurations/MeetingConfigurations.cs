using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Place).HasMaxLength(200);
        b.HasIndex(m => new { m.BodyId, m.StartsAt });
        b.HasIndex(m => new { m.OrganisationId, m.StartsAt });
        // One meeting per date-plan event: the event is the meeting's time in the calendar.
        b.HasIndex(m => m.EventId).IsUnique();
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingCaseConfiguration : IEntityTypeConfiguration<MeetingCase>
{
    public void Configure(EntityTypeBuilder<MeetingCase> b)
    {
        b.Ignore(c => c.CaseNumber);
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Background).HasMaxLength(MeetingCase.MaxBackground);
        b.Property(c => c.Discussion).HasMaxLength(MeetingCase.MaxBackground);
        b.Property(c => c.ProposedDecision).HasMaxLength(MeetingCase.MaxProposal);
        // The database's own guard on "Sak 7/27" meaning one case: a number taken twice is refused even if two saves race.
        b.HasIndex(c => new { c.BodyId, c.Year, c.Number }).IsUnique();
        b.HasIndex(c => new { c.MeetingId, c.Position });
        b.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(120);
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.MeetingId);
        b.HasOne<MeetingCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseSeriesConfiguration : IEntityTypeConfiguration<CaseSeries>
{
    public void Configure(EntityTypeBuilder<CaseSeries> b)
    {
        b.HasIndex(s => new { s.BodyId, s.Year }).IsUnique();
        b.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StandardAgendaItemConfiguration : IEntityTypeConfiguration<StandardAgendaItem>
{
    public void Configure(EntityTypeBuilder<StandardAgendaItem> b)
    {
        b.Property(i => i.Title).HasMaxLength(300);
        b.HasIndex(i => i.BodyId);
        b.HasOne<Body>().WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.Property(a => a.Note).HasMaxLength(200);
        b.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
        b.HasIndex(a => a.PersonId);
        b.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StandingInviteeConfiguration : IEntityTypeConfiguration<StandingInvitee>
{
    public void Configure(EntityTypeBuilder<StandingInvitee> b)
    {
        b.HasIndex(i => i.BodyId);
        b.HasIndex(i => i.PersonId);
        b.HasOne<Body>().WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PositionType>().WithMany().HasForeignKey(i => i.PositionTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.Ignore(d => d.Vote);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Text).HasMaxLength(Decision.MaxText);
        // A case has one decision; decisions made between meetings have no case.
        b.HasIndex(d => d.CaseId).IsUnique();
        b.HasIndex(d => new { d.BodyId, d.DecidedOn });
        b.HasIndex(d => new { d.OrganisationId, d.DecidedOn });
        b.HasIndex(d => d.ReportedAtMeetingId);
        b.HasOne<Body>().WithMany().HasForeignKey(d => d.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MeetingCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(d => d.ReportedAtMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DisqualificationConfiguration : IEntityTypeConfiguration<Disqualification>
{
    public void Configure(EntityTypeBuilder<Disqualification> b)
    {
        b.HasIndex(d => new { d.CaseId, d.PersonId }).IsUnique();
        b.HasIndex(d => d.MeetingId);
        b.HasIndex(d => d.PersonId);
        b.HasOne<MeetingCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> b)
    {
        b.HasIndex(m => m.MeetingId).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.ApprovedAtMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MinutesSignatureConfiguration : IEntityTypeConfiguration<MinutesSignature>
{
    public void Configure(EntityTypeBuilder<MinutesSignature> b)
    {
        b.HasIndex(s => new { s.MeetingId, s.Revision, s.PersonId }).IsUnique();
        b.HasIndex(s => s.PersonId);
        b.HasOne<Meeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinutesCorrectionConfiguration : IEntityTypeConfiguration<MinutesCorrection>
{
    public void Configure(EntityTypeBuilder<MinutesCorrection> b)
    {
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.Previous).HasMaxLength(MinutesCorrection.MaxPrevious);
        b.HasIndex(c => new { c.MeetingId, c.Revision }).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> b)
    {
        b.Ignore(t => t.Owner);
        b.Property(t => t.Title).HasMaxLength(300);
        b.HasIndex(t => t.DecisionId);
        // The open list of an organisation, overdue first, reads this index.
        b.HasIndex(t => new { t.OrganisationId, t.Status, t.DueOn });
        b.HasIndex(t => t.PersonId);
        b.HasIndex(t => new { t.PositionTypeId, t.HeldInId });
        b.HasIndex(t => t.OwnerBodyId);
        b.HasOne<Decision>().WithMany().HasForeignKey(t => t.DecisionId).OnDelete(DeleteBehavior.Cascade);
        // Erasure hands a person's tasks to the body before the person goes; the database refuses to lose a task's owner.
        b.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PositionType>().WithMany().HasForeignKey(t => t.PositionTypeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(t => t.OwnerBodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpNoteConfiguration : IEntityTypeConfiguration<FollowUpNote>
{
    public void Configure(EntityTypeBuilder<FollowUpNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasIndex(n => n.TaskId);
        b.HasOne<FollowUpTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionMeasureConfiguration : IEntityTypeConfiguration<DecisionMeasure>
{
    public void Configure(EntityTypeBuilder<DecisionMeasure> b)
    {
        b.HasKey(l => new { l.DecisionId, l.MeasureId });
        b.HasIndex(l => l.MeasureId);
        b.HasOne<Decision>().WithMany().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Measure>().WithMany().HasForeignKey(l => l.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
