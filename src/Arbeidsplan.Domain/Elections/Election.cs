using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// An election the organisation and those below it nominate for: its kind, its day, the deadline for filing lists (31 March of the
/// election year at noon, as the election act sets it: data, so a changed act is a changed row) and a target date for each
/// nomination step, which starts at the defaults and which the organisation sets as its own ("toppkandidat før nyttår").
/// </summary>
public sealed class Election : IVersioned, IAudited
{
    private Election() => (Name, Targets) = ("", []);

    /// <param name="filingDeadline">When lists must be filed; null for the election act's 31 March at noon.</param>
    /// <param name="defaults">Where the steps' targets start (the kept table); null for the act's.</param>
    public Election(Guid organisationId, ElectionKind kind, LocalDate day, string? name = null, LocalDateTime? filingDeadline = null,
        IReadOnlyList<StepDefault>? defaults = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Kind = kind;
        (Name, Targets) = ("", []);
        Update(kind, day, name, filingDeadline ?? new LocalDateTime(day.Year, 3, 31, 12, 0));
        Targets = [.. NominationStepKinds.All.Select(k => new StepTarget(k, defaults?.FirstOrDefault(d => d.Kind == k)?.For(day) ?? k.DefaultTarget(day)))];
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation that follows the nominations up (the county, or the national party for all its counties).</summary>
    public Guid OrganisationId { get; private set; }
    public ElectionKind Kind { get; private set; }
    public string Name { get; private set; }
    public LocalDate Day { get; private set; }

    /// <summary>When the lists must be with the municipality (the election act's deadline).</summary>
    public LocalDateTime FilingDeadline { get; private set; }
    public IReadOnlyList<StepTarget> Targets { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void Update(ElectionKind kind, LocalDate day, string? name, LocalDateTime filingDeadline)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation(nameof(Kind), "Velg hva slags valg det er.");
        }
        if (day.Year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Day), "Valgdagen må ligge mellom år 2000 og 2100.");
        }
        if (filingDeadline.Date >= day)
        {
            throw new RuleViolation(nameof(Day), $"Fristen for å levere lister ({NorwegianTime.Format(filingDeadline.Date)}) må være før valgdagen. Oppgi fristen når valget er før 31. mars.");
        }
        if (Targets.FirstOrDefault(t => t.On > day) is { } late)
        {
            throw new RuleViolation(nameof(Day), $"Målet for «{late.Kind.Label()}» er etter valgdagen {NorwegianTime.Format(day)}. Flytt målet først.");
        }
        (Kind, Day, FilingDeadline) = (kind, day, filingDeadline);
        Name = Text.Optional(name, nameof(Name), "Navnet") ?? $"{kind.Label()} {day.Year}";
    }

    /// <summary>
    /// The advance voting at home, as the election act sets it: from 10 August to the last Friday before the election day (for an
    /// election day before the autumn, the four weeks up to that Friday).
    /// </summary>
    public DateInterval AdvanceVoting()
    {
        var end = Day.Previous(IsoDayOfWeek.Friday);
        var start = new LocalDate(Day.Year, 8, 10);
        return new DateInterval(start <= end ? start : end.PlusDays(-27), end);
    }

    public LocalDate TargetFor(NominationStepKind kind) => Targets.FirstOrDefault(t => t.Kind == kind)?.On ?? kind.DefaultTarget(Day);

    /// <summary>Sets the targets given; a step's target after the election day is refused, as no step is taken after it.</summary>
    public void SetTargets(IEnumerable<StepTarget> targets)
    {
        var given = targets.ToDictionary(t => t.Kind);
        foreach (var target in given.Values.Where(t => t.On > Day))
        {
            throw new RuleViolation(nameof(Targets), $"Målet for «{target.Kind.Label()}» er etter valgdagen {NorwegianTime.Format(Day)}.");
        }
        Targets = [.. NominationStepKinds.All.Select(k => given.TryGetValue(k, out var t) ? t : new StepTarget(k, TargetFor(k)))];
    }
}
