using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Study;

public enum MaterialKind
{
    /// <summary>A study circle material worked through in meetings.</summary>
    Circle = 0,

    /// <summary>A course taken online, alone or together.</summary>
    DigitalCourse = 1,
}

/// <summary>A study material such as «Det grønne hjulet» or a digital course; data, so organisations add their own.</summary>
public sealed class StudyMaterial : IVersioned, IAudited
{
    private StudyMaterial() => Name = "";

    public StudyMaterial(Guid organisationId, string name, MaterialKind kind, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, kind, description);
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation that offers the material; those below it use it too.</summary>
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public MaterialKind Kind { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(string name, MaterialKind kind, string? description)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg om det er en studiering eller et digitalt kurs.");
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 2000);
    }
}

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

public enum RequirementKind
{
    /// <summary>Every branch completes a given material by a date.</summary>
    CompleteMaterial = 0,

    /// <summary>Every branch holds at least one circle in the year.</summary>
    CircleEachYear = 1,
}

/// <summary>What the organisation asks of its branches («alle lokallag gjennomfører X innen 1. juli»), and optionally of a body such as the county board.</summary>
public sealed class StudyRequirement : IVersioned, IAudited
{
    private StudyRequirement() => Name = "";

    public StudyRequirement(Guid organisationId, string name, RequirementKind kind, int year, Guid? materialId, LocalDate? dueOn, Guid? bodyId = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, kind, year, materialId, dueOn, bodyId);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public RequirementKind Kind { get; private set; }
    public int Year { get; private set; }
    public Guid? MaterialId { get; private set; }
    public LocalDate DueOn { get; private set; }

    /// <summary>A body that must meet the requirement too, e.g. the county board.</summary>
    public Guid? BodyId { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public void Update(string name, RequirementKind kind, int year, Guid? materialId, LocalDate? dueOn, Guid? bodyId)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Year), "Oppgi et år mellom 2000 og 2100.");
        }
        if (kind == RequirementKind.CompleteMaterial && materialId is null)
        {
            throw new RuleViolation(nameof(MaterialId), "Velg hvilket studiemateriell som skal gjennomføres.");
        }
        var due = dueOn ?? new LocalDate(year, 12, 31);
        if (due.Year != year)
        {
            throw new RuleViolation(nameof(DueOn), $"Fristen må ligge i {year}.");
        }
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg hva kravet gjelder.");
        (Year, MaterialId, DueOn, BodyId) = (year, kind == RequirementKind.CompleteMaterial ? materialId : null, due, bodyId);
    }

    /// <summary>The first circle that meets the requirement, among one unit's circles; null if none does (yet).</summary>
    public CircleFact? MetBy(IEnumerable<CircleFact> circles) =>
        circles.Where(c => c.EndsOn.Year == Year && c.EndsOn <= DueOn && (Kind == RequirementKind.CircleEachYear || c.MaterialId == MaterialId))
            .OrderBy(c => c.EndsOn).FirstOrDefault();

    /// <summary>A circle counts once it has ended; one still running or planned does not meet the requirement yet.</summary>
    public RequirementStatus StatusFor(IEnumerable<CircleFact> circles, LocalDate today) =>
        MetBy(circles.Where(c => c.EndsOn <= today)) is { } met ? new RequirementStatus(RequirementState.Done, met.EndsOn)
        : today > DueOn ? new RequirementStatus(RequirementState.Missed, null)
        : new RequirementStatus(RequirementState.Pending, null);
}

/// <summary>What the requirement check needs to know of a circle.</summary>
public sealed record CircleFact(Guid OrganisationId, Guid? BodyId, Guid MaterialId, LocalDate EndsOn, int Hours);

public enum RequirementState
{
    Pending = 0,
    Done = 1,
    Missed = 2,
}

public sealed record RequirementStatus(RequirementState State, LocalDate? DoneOn)
{
    public string Label => State switch
    {
        RequirementState.Done => $"Gjennomført {DoneOn:d.M.yyyy}",
        RequirementState.Missed => "Ikke gjennomført, fristen er ute",
        _ => "Ikke ennå",
    };
}
