using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Domain.Study;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>The model, shared by the SQLite and PostgreSQL contexts (each has its own migrations).</summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<CountyMunicipality> CountyMunicipalities => Set<CountyMunicipality>();
    public DbSet<Domain.Elections.Election> Elections => Set<Domain.Elections.Election>();
    public DbSet<Domain.Elections.Constituency> Constituencies => Set<Domain.Elections.Constituency>();
    public DbSet<Domain.Elections.CountyStepTargets> CountyStepTargets => Set<Domain.Elections.CountyStepTargets>();
    public DbSet<Domain.Elections.StepDefault> StepDefaults => Set<Domain.Elections.StepDefault>();
    public DbSet<Domain.Elections.ListRuleBand> ListRuleBands => Set<Domain.Elections.ListRuleBand>();
    public DbSet<Domain.Elections.Nomination> Nominations => Set<Domain.Elections.Nomination>();
    public DbSet<Domain.Elections.NominationStep> NominationSteps => Set<Domain.Elections.NominationStep>();
    public DbSet<Domain.Elections.Candidate> Candidates => Set<Domain.Elections.Candidate>();
    public DbSet<Domain.Elections.CampaignPlan> CampaignPlans => Set<Domain.Elections.CampaignPlan>();
    public DbSet<Domain.Elections.CampaignTask> CampaignTasks => Set<Domain.Elections.CampaignTask>();
    public DbSet<Domain.Elections.CampaignTaskNote> CampaignTaskNotes => Set<Domain.Elections.CampaignTaskNote>();
    public DbSet<Domain.Elections.CampaignActivity> CampaignActivities => Set<Domain.Elections.CampaignActivity>();
    public DbSet<Domain.Elections.ListResult> ListResults => Set<Domain.Elections.ListResult>();
    public DbSet<Domain.Elections.ResultColumnMapping> ResultColumnMappings => Set<Domain.Elections.ResultColumnMapping>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<BodyMemberOrganisation> BodyMemberOrganisations => Set<BodyMemberOrganisation>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<PositionType> PositionTypes => Set<PositionType>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<PublicOffice> PublicOffices => Set<PublicOffice>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Chapter> Chapters => Set<Chapter>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureGoal> MeasureGoals => Set<MeasureGoal>();
    public DbSet<StatusNote> StatusNotes => Set<StatusNote>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<EventKind> EventKinds => Set<EventKind>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventException> EventExceptions => Set<EventException>();
    public DbSet<EventMeasure> EventMeasures => Set<EventMeasure>();
    public DbSet<StatutoryWindow> StatutoryWindows => Set<StatutoryWindow>();
    public DbSet<DeadlineRule> DeadlineRules => Set<DeadlineRule>();
    public DbSet<EventTemplate> EventTemplates => Set<EventTemplate>();
    public DbSet<TemplateItem> TemplateItems => Set<TemplateItem>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<MemberSnapshot> MemberSnapshots => Set<MemberSnapshot>();
    public DbSet<BranchCount> BranchCounts => Set<BranchCount>();
    public DbSet<BranchRoll> BranchRolls => Set<BranchRoll>();
    public DbSet<MemberColumnMapping> MemberColumnMappings => Set<MemberColumnMapping>();
    public DbSet<PlanColumnMapping> PlanColumnMappings => Set<PlanColumnMapping>();
    public DbSet<MemberTarget> MemberTargets => Set<MemberTarget>();
    public DbSet<RecruitmentCampaign> RecruitmentCampaigns => Set<RecruitmentCampaign>();
    public DbSet<ContactEntry> ContactEntries => Set<ContactEntry>();
    public DbSet<BranchFlag> BranchFlags => Set<BranchFlag>();
    public DbSet<MemberContact> MemberContacts => Set<MemberContact>();
    public DbSet<FollowUpMark> FollowUpMarks => Set<FollowUpMark>();
    public DbSet<ScorecardSettings> ScorecardSettings => Set<ScorecardSettings>();
    public DbSet<BranchCheck> BranchChecks => Set<BranchCheck>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<StudyMaterial> StudyMaterials => Set<StudyMaterial>();
    public DbSet<StudyCircle> StudyCircles => Set<StudyCircle>();
    public DbSet<StudyRequirement> StudyRequirements => Set<StudyRequirement>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ReminderPreference> ReminderPreferences => Set<ReminderPreference>();
    public DbSet<ReminderSettings> ReminderSettings => Set<ReminderSettings>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingCase> MeetingCases => Set<MeetingCase>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<OrganisationLogo> OrganisationLogos => Set<OrganisationLogo>();
    public DbSet<Domain.Resolutions.Resolution> Resolutions => Set<Domain.Resolutions.Resolution>();
    public DbSet<Domain.Resolutions.ResolutionStep> ResolutionSteps => Set<Domain.Resolutions.ResolutionStep>();
    public DbSet<Domain.Resolutions.MediaItem> MediaItems => Set<Domain.Resolutions.MediaItem>();
    public DbSet<CaseSeries> CaseSeries => Set<CaseSeries>();
    public DbSet<StandardAgendaItem> StandardAgendaItems => Set<StandardAgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<StandingInvitee> StandingInvitees => Set<StandingInvitee>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Disqualification> Disqualifications => Set<Disqualification>();
    public DbSet<Minutes> Minutes => Set<Minutes>();
    public DbSet<MinutesSignature> MinutesSignatures => Set<MinutesSignature>();
    public DbSet<MinutesCorrection> MinutesCorrections => Set<MinutesCorrection>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<FollowUpNote> FollowUpNotes => Set<FollowUpNote>();
    public DbSet<DecisionMeasure> DecisionMeasures => Set<DecisionMeasure>();
    public DbSet<Constitution> Constitutions => Set<Constitution>();
    public DbSet<DelegateRule> DelegateRules => Set<DelegateRule>();
    public DbSet<ElectionResult> ElectionResults => Set<ElectionResult>();
    public DbSet<Domain.Reports.AnnualReport> AnnualReports => Set<Domain.Reports.AnnualReport>();
    public DbSet<Domain.Reports.ReportText> ReportTexts => Set<Domain.Reports.ReportText>();
    public DbSet<Domain.Reports.ReportTextRevision> ReportTextRevisions => Set<Domain.Reports.ReportTextRevision>();
    public DbSet<Domain.Reports.AnnualAccounts> AnnualAccounts => Set<Domain.Reports.AnnualAccounts>();
    public DbSet<Domain.Reports.AuditorReport> AuditorReports => Set<Domain.Reports.AuditorReport>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>().HaveMaxLength(19);
        configurationBuilder.Properties<string>().HaveMaxLength(Text.NameMax);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // One convention for optimistic concurrency: every versioned row checks its version on save, none is configured by hand.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        if (OrganisationsChange())
        {
            StampOrganisations(SystemSettings.Find(SystemSetting.OrganisationsChanged));
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        if (OrganisationsChange())
        {
            await MarkOrganisationsChangedAsync(cancellationToken);
        }
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Gives the organisation register a new stamp, saved with the next save: every app instance reads the stamp with the user at each
    /// request and keeps its copy of the register only while the stamp is the same. Done by itself on every save that adds, changes or
    /// removes an organisation; a bulk delete that goes around the change tracker calls it.
    /// </summary>
    public async Task MarkOrganisationsChangedAsync(CancellationToken ct = default) =>
        StampOrganisations(await SystemSettings.FindAsync([SystemSetting.OrganisationsChanged], ct));

    /// <summary>
    /// The organisations, and what the register's copy keeps with them: the municipalities, which county answers for each, and the
    /// elections' constituencies (with the elections, whose removal takes their constituencies in the database).
    /// </summary>
    private bool OrganisationsChange() =>
        ChangeTracker.Entries().Any(e => e.Entity is (Organisation or CountyMunicipality or Municipality or Domain.Elections.Constituency or Domain.Elections.Election) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private void StampOrganisations(SystemSetting? stamp)
    {
        var value = Guid.NewGuid().ToString("N");
        if (stamp is null)
        {
            SystemSettings.Add(new SystemSetting { Key = SystemSetting.OrganisationsChanged, Value = value });
        }
        else
        {
            stamp.Value = value;
        }
    }

    /// <summary>
    /// Saves, or answers false when a unique index refused a row someone else added at the same moment (two first records of one
    /// thing); a stale version still throws, as every concurrent edit does.
    /// </summary>
    public async Task<bool> SaveUnlessDuplicateAsync()
    {
        try
        {
            await SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Marks a loaded row with the version the user saw, so saving fails if someone changed it since.</summary>
    public void ExpectVersion(IVersioned entity, long version) =>
        Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;

    /// <summary>As above, for an edit that must say which version it read: one without it is refused (400), not let through to overwrite.</summary>
    public void ExpectVersion(IVersioned entity, long? version) => ExpectVersion(entity, version ?? throw MissingVersion());

    /// <summary>
    /// Whether the version a form or call read is older than the row's. An edit must name the version it was made on:
    /// without one it would overwrite what another wrote unseen (400).
    /// </summary>

    public static bool IsStale(IVersioned entity, long? version) => (version ?? throw MissingVersion()) != entity.Version;

    private static RuleViolation MissingVersion() =>
        new(nameof(IVersioned.Version), "Endringen sier ikke hvilken versjon den bygger på (Version). Last siden på nytt og gjør endringen igjen.");

    private void BumpVersions()
    {
        // A part added, changed or removed (a body's member organisation, a measure's goal, an event's exception, a list's
        // candidate moved) changes its owner: two moving candidates at once must not both save.
        var ownersOfChangedParts = ChangeTracker.Entries<IVersionedPart>()
            .Where(p => p.State is EntityState.Added or EntityState.Deleted or EntityState.Modified).Select(p => p.Entity.OwnerId).ToHashSet();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified || GuidKeyOf(entry) is { } id && ownersOfChangedParts.Contains(id))
            {
                entry.Entity.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
                entry.State = EntityState.Modified;
            }
        }
    }

    private static Guid? GuidKeyOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] && key.ClrType == typeof(Guid) ? (Guid)entry.Property(key.Name).CurrentValue! : null;
}
