using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A task that carries out a decision: what is to be done, who owns it and by when, with a status and dated notes as the plan's
/// measures have. The owner reports on it; the body's leader and secretary and those who cover the organisation too.
/// </summary>
public sealed class FollowUpTask : IVersioned, IAudited
{
    private FollowUpTask() => Title = "";

    public FollowUpTask(Decision decision, string title, FollowUpOwner owner, LocalDate dueOn)
    {
        if (dueOn < decision.DecidedOn)
        {
            throw new RuleViolation(nameof(DueOn), $"Fristen kan ikke være før vedtaket ble gjort ({NorwegianTime.Format(decision.DecidedOn)}).");
        }
        Id = Guid.CreateVersion7();
        (DecisionId, OrganisationId, BodyId, DueOn) = (decision.Id, decision.OrganisationId, decision.BodyId, dueOn);
        Title = Text.Required(title, nameof(Title), "Oppgaven", 300);
        (PersonId, PositionTypeId, HeldInId, OwnerBodyId) = (owner.PersonId, owner.PositionTypeId, owner.HeldInId, owner.BodyId);
    }

    public Guid Id { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The body whose decision it carries out.</summary>
    public Guid BodyId { get; private set; }
    public string Title { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? PositionTypeId { get; private set; }
    public Guid? HeldInId { get; private set; }
    public Guid? OwnerBodyId { get; private set; }
    public LocalDate DueOn { get; private set; }
    public MeasureStatus Status { get; private set; }
    public LocalDate? StatusOn { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public FollowUpOwner Owner => new(PersonId, PositionTypeId, HeldInId, OwnerBodyId);

    public bool IsOverdue(LocalDate today) => Status.IsOpen() && DueOn < today;

    /// <summary>A report on the task: its status as of a day, with a note of what was done.</summary>
    public FollowUpNote Report(MeasureStatus status, LocalDate on, string? note, string author, Instant at)
    {
        if (!Enum.IsDefined(status))
        {
            throw new RuleViolation(nameof(Status), "Velg en status.");
        }
        (Status, StatusOn) = (status, on);
        return new FollowUpNote(Id, on, status, note, author, at);
    }

    /// <summary>A person erased from the register stops owning the task: it falls to the body that decided it.</summary>
    public void OwnerErased() => (PersonId, OwnerBodyId) = (null, BodyId);
}
