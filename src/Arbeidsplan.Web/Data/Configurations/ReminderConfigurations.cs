using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Arbeidsplan.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Key).HasMaxLength(300);
        b.HasIndex(m => m.Key).IsUnique();
        b.Property(m => m.ToAddress).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.TextBody).HasMaxLength(100_000);
        b.Property(m => m.HtmlBody).HasMaxLength(200_000);
        b.Property(m => m.AttachmentName).HasMaxLength(100);
        b.Property(m => m.AttachmentContent).HasMaxLength(100_000);
        b.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        b.Property(m => m.LastError).HasMaxLength(500);
        // The sender's question: what is waiting and due now.
        b.HasIndex(m => new { m.State, m.NextAttemptAt });
        b.HasIndex(m => m.CreatedAt);
        b.HasIndex(m => m.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Key).HasMaxLength(300);
        b.HasIndex(n => n.Key).IsUnique();
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Body).HasMaxLength(20_000);
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasIndex(n => new { n.PersonId, n.CreatedAt });
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> b)
    {
        b.HasIndex(p => new { p.PersonId, p.Kind }).IsUnique();
        b.HasIndex(p => new { p.OrganisationId, p.Kind }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> b)
    {
        b.HasIndex(s => s.OrganisationId).IsUnique();
        b.Property(s => s.QuietPeriods).HasMaxLength(200);
        b.Property(s => s.StudyHoursDeadline).HasConversion<AnnualDateConverter>().HasMaxLength(5);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
        b.Property(l => l.LastResult).HasMaxLength(500);
    }
}
