using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Study;

/// <summary>A study circle held by a branch (or by a body such as the county board): material, dates, participants, hours and leader.</summary>
public sealed class StudyCircle : IVersioned, IAudited
{
    /// <summary>Study hours (45 minutes) one day can hold; more than this on a day is a typing error.</summary>
    public const int MaxHoursPerDay = 10;

    private StudyCircle() => LeaderName = "";

    public StudyCircle(Guid organisationId, Guid? bodyId, Guid materialId, DateInterval dates, int participants, int hours, string leaderName)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        LeaderName = "";
        Update(bodyId, materialId, dates, participants, hours, leaderName);
    }

    public Guid Id { get; private set; }

    /// <summary>The branch or organisation whose circle it is.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Set when the circle is a body's own, e.g. the county board's.</summary>
    public Guid? BodyId { get; private set; }
    public Guid MaterialId { get; private set; }
    public LocalDate StartsOn { get; private set; }
    public LocalDate EndsOn { get; private set; }
    public int Participants { get; private set; }
    public int Hours { get; private set; }
    public string LeaderName { get; private set; }

    public void ForgetLeader() => LeaderName = Erased.Name;
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(Guid? bodyId, Guid materialId, DateInterval dates, int participants, int hours, string leaderName)
    {
        if (participants is < 1 or > 1000)
        {
            throw new RuleViolation(nameof(Participants), "Oppgi antall deltakere (minst 1).");
        }
        if (hours < 1)
        {
            throw new RuleViolation(nameof(Hours), "Oppgi antall studietimer (minst 1).");
        }
        var days = Period.Between(dates.Start, dates.End, PeriodUnits.Days).Days + 1;
        if (days > 366)
        {
            throw new RuleViolation(nameof(EndsOn), "En studiering kan vare høyst ett år.");
        }
        if (hours > days * MaxHoursPerDay)
        {
            throw new RuleViolation(nameof(Hours),
                $"{hours} studietimer er mer enn {(days == 1 ? "én dag" : $"{days} dager")} gir rom for: høyst {days * MaxHoursPerDay} timer.");
        }
        BodyId = bodyId;
        MaterialId = materialId;
        (StartsOn, EndsOn, Participants, Hours) = (dates.Start, dates.End, participants, hours);
        LeaderName = Text.Required(leaderName, nameof(LeaderName), "Studieleder", 200);
    }
}
