using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.Resolutions;

/// <summary>
/// A step of a resolution's follow-up plan: a letter, a meeting, an op-ed, with who does it, by when, and how it stands (the statuses
/// measures have), with a note on what came of it.
/// </summary>
public sealed class ResolutionStep : IVersioned, IAudited
{
    private ResolutionStep() => Title = "";

    public ResolutionStep(Resolution resolution, string title, string? responsible, LocalDate? dueOn)
    {
        Id = Guid.CreateVersion7();
        ResolutionId = resolution.Id;
        Edit(title, responsible, dueOn, MeasureStatus.NotStarted, null, resolution.AdoptedOn);
    }

    public Guid Id { get; private set; }
    public Guid ResolutionId { get; private set; }
    public string Title { get; private set; }
    public string? Responsible { get; private set; }
    public LocalDate? DueOn { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string? Note { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>At a person's erasure, when the follow-up named them: the task stays, without its person.</summary>
    public void ForgetResponsible() => Responsible = null;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title))]
    public void Edit(string title, string? responsible, LocalDate? dueOn, MeasureStatus status, string? note, LocalDate adoptedOn)
    {
        if (dueOn is { } due && due < adoptedOn)
        {
            throw new RuleViolation(nameof(DueOn), $"Fristen kan ikke være før vedtaket ({NorwegianTime.Format(adoptedOn)}).");
        }
        Title = Text.Required(title, nameof(Title), "Hva som skal gjøres", 300);
        Responsible = Text.Optional(responsible, nameof(Responsible), "Ansvarlig", 200);
        DueOn = dueOn;
        Status = Enum.IsDefined(status) ? status : throw new RuleViolation(nameof(Status), "Velg en status.");
        Note = Text.Optional(note, nameof(Note), "Merknaden", 2_000);
    }
}
