using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A step of a nomination taken: the day, who recorded it, a note (the top candidate) and what it points at (the committee's body,
/// the study circle, the nomination meeting).
/// </summary>
public sealed class NominationStep : IAudited, IVersionedPart
{
    public const int MaxNote = 500;

    private NominationStep() => RecordedBy = "";

    internal NominationStep(Guid nominationId, NominationStepKind kind, LocalDate on, string recordedBy, string? note, Guid? linkId)
    {
        if (linkId is not null && kind.Link() == StepLink.None)
        {
            throw new RuleViolation(nameof(LinkId), $"«{kind.Label()}» knyttes ikke til et organ, en studiering eller et møte.");
        }
        Id = Guid.CreateVersion7();
        (NominationId, Kind, On, LinkId) = (nominationId, kind, on, linkId);
        RecordedBy = Text.Required(recordedBy, nameof(RecordedBy), "Hvem som registrerte", 200);
        Note = Text.Optional(note, nameof(Note), "Merknaden", MaxNote);
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public NominationStepKind Kind { get; private set; }
    public LocalDate On { get; private set; }
    public string RecordedBy { get; private set; }
    public string? Note { get; private set; }

    /// <summary>What the step points at, by its kind's <see cref="NominationStepKinds.Link"/>: the committee, the circle or the meeting.</summary>
    public Guid? LinkId { get; private set; }
    public bool IsDemo { get; set; }

    /// <summary>A step taken or taken back changes its nomination's version: two people recording at once are told, never merged.</summary>
    public Guid OwnerId => NominationId;

    /// <summary>At the recorder's erasure the step stays the branch's; who recorded it is forgotten.</summary>
    public void ForgetRecorder() => RecordedBy = Erased.Name;
}
