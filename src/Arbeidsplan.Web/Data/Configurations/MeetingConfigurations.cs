using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
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
        b.Property(c => c.ProposedDecision).HasMaxLength(MeetingCase.MaxProposal);
        // The database's own guard on "Sak 7/27" meaning one case: a number taken twice is refused even if two saves race.
        b.HasIndex(c => new { c.BodyId, c.Year, c.Number }).IsUnique();
        b.HasIndex(c => new { c.MeetingId, c.Position });
        b.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
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
