using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Branches;

/// <summary>An organisation's thresholds for the branch scorecard's traffic lights, and who may see member names: settings, not code.</summary>
public sealed class ScorecardSettings : IVersioned, IAudited
{
    private ScorecardSettings() { }

    public ScorecardSettings(Guid organisationId) => OrganisationId = organisationId;

    /// <summary>
    /// The settings until an organisation saves its own, read from the position types' roles: the branch board the plans ask for
    /// (its leader, treasurer, member officer and study leader) and member lists for the leader and the member officer; names not
    /// kept. A branch has one leader: of the types that lead, the one the branches hold most (the first in the list on a tie).
    /// </summary>
    public static ScorecardSettings Default(Guid organisationId, IReadOnlyList<BoardCandidate> types)
    {
        var leader = types.Where(t => t.Roles.HasFlag(PositionRole.Leads)).OrderByDescending(t => t.HeldInBranches).Select(t => (Guid?)t.TypeId).FirstOrDefault();
        IEnumerable<Guid> LeaderAnd(PositionRole roles) => types.Where(t => (t.Roles & roles) != 0 && !t.Roles.HasFlag(PositionRole.Leads)).Select(t => t.TypeId)
            .Prepend(leader ?? Guid.Empty).Where(id => id != Guid.Empty);
        var defaults = new ScorecardSettings(organisationId);
        defaults.SetPositions(LeaderAnd(PositionRole.Treasurer | PositionRole.MemberOfficer | PositionRole.StudyLeader), LeaderAnd(PositionRole.MemberOfficer),
            keepMemberNames: false);
        return defaults;
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>Yellow while paying members are at least this share of the target (or of last year end), red below.</summary>
    public int MembersYellowPercent { get; private set; } = 95;

    /// <summary>Yellow while this year's study hours are at least this share of last year's, red below.</summary>
    public int StudyYellowPercent { get; private set; } = 50;
    public int ContactGreenDays { get; private set; } = 90;
    public int ContactYellowDays { get; private set; } = 180;
    public int CheckGreenDays { get; private set; } = 180;
    public int CheckYellowDays { get; private set; } = 365;
    public int RegionMeetingsGreen { get; private set; } = 2;

    /// <summary>The month by whose end the annual meeting should be held; before then a missing meeting is yellow.</summary>
    public int AnnualMeetingByMonth { get; private set; } = 3;

    /// <summary>The positions a branch board must have filled to count as complete.</summary>
    public List<Guid> RequiredPositionTypeIds { get; private set; } = [];

    /// <summary>The positions whose holders see the branch's follow-up lists (unpaid and new members).</summary>
    public List<Guid> MemberListPositionTypeIds { get; private set; } = [];

    /// <summary>Whether names and contact details are kept from the register's export for the follow-up lists; off by default.</summary>
    public bool KeepMemberNames { get; private set; }
    public long Version { get; set; }

    public void SetThresholds(int membersYellowPercent, int studyYellowPercent, int contactGreenDays, int contactYellowDays, int checkGreenDays,
        int checkYellowDays, int regionMeetingsGreen, int annualMeetingByMonth)
    {
        static int Percent(int value, string field) =>
            value is >= 0 and <= 100 ? value : throw new RuleViolation(field, "Oppgi en prosent mellom 0 og 100.");
        static void Days(int green, int yellow, string field)
        {
            if (green < 1 || yellow > 3650)
            {
                throw new RuleViolation(field, "Oppgi antall dager mellom 1 og 3650.");
            }
            if (yellow < green)
            {
                throw new RuleViolation(field, "Grensen for gult kan ikke være kortere enn grensen for grønt.");
            }
        }
        Days(contactGreenDays, contactYellowDays, nameof(ContactYellowDays));
        Days(checkGreenDays, checkYellowDays, nameof(CheckYellowDays));
        MembersYellowPercent = Percent(membersYellowPercent, nameof(MembersYellowPercent));
        StudyYellowPercent = Percent(studyYellowPercent, nameof(StudyYellowPercent));
        RegionMeetingsGreen = regionMeetingsGreen is >= 0 and <= 52 ? regionMeetingsGreen : throw new RuleViolation(nameof(RegionMeetingsGreen), "Oppgi et antall møter mellom 0 og 52.");
        AnnualMeetingByMonth = annualMeetingByMonth is >= 1 and <= 12 ? annualMeetingByMonth : throw new RuleViolation(nameof(AnnualMeetingByMonth), "Velg en måned.");
        (ContactGreenDays, ContactYellowDays, CheckGreenDays, CheckYellowDays) = (contactGreenDays, contactYellowDays, checkGreenDays, checkYellowDays);
    }

    public void SetPositions(IEnumerable<Guid> requiredOnBoard, IEnumerable<Guid> seeMemberLists, bool keepMemberNames)
    {
        RequiredPositionTypeIds = requiredOnBoard.Distinct().ToList();
        MemberListPositionTypeIds = seeMemberLists.Distinct().ToList();
        KeepMemberNames = keepMemberNames;
    }

    /// <summary>Paying members against the target, or against last year end when there is no target.</summary>
    public Light Members(int? paying, int? target, int? lastYearEnd) => (paying, target ?? lastYearEnd) switch
    {
        (null, _) or (_, null or 0) => Light.None,
        var (p, t) when p >= t => Light.Green,
        var (p, t) => p * 100 >= t * MembersYellowPercent ? Light.Yellow : Light.Red,
    };

    public Light AnnualMeeting(LocalDate? heldOn, LocalDate today) =>
        heldOn is { } held && held.Year == today.Year ? Light.Green
        : today.Month <= AnnualMeetingByMonth ? Light.Yellow : Light.Red;

    public static Light Board(int missing) => missing switch { 0 => Light.Green, 1 => Light.Yellow, _ => Light.Red };

    public Light Study(int hours, int lastYear) =>
        lastYear == 0 ? hours > 0 ? Light.Green : Light.None
        : hours >= lastYear ? Light.Green
        : hours * 100 >= lastYear * StudyYellowPercent ? Light.Yellow : Light.Red;

    public Light RegionMeetings(int attended) => attended >= RegionMeetingsGreen ? Light.Green : attended > 0 ? Light.Yellow : Light.Red;

    public Light Contact(LocalDate? last, LocalDate today) => Age(last, today, ContactGreenDays, ContactYellowDays);

    public Light Checked(LocalDate? last, LocalDate today) => Age(last, today, CheckGreenDays, CheckYellowDays);

    private static Light Age(LocalDate? last, LocalDate today, int green, int yellow)
    {
        if (last is not { } date)
        {
            return Light.Red;
        }
        var days = Period.Between(date, today, PeriodUnits.Days).Days;
        return days <= green ? Light.Green : days <= yellow ? Light.Yellow : Light.Red;
    }
}
