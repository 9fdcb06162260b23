using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A task of the campaign plan (candidate training held, stands booked): in a phase, with an owner (a person, whoever holds an office,
/// or a body) and a due date, and a status with dated notes as the work plan's measures have.
/// </summary>
public sealed class CampaignTask : IVersioned, IAudited
{
    public const int MaxTitle = 300;

    private CampaignTask() => Title = "";

    internal CampaignTask(CampaignPlan plan, int phase, string title, FollowUpOwner owner, LocalDate dueOn)
    {
        Id = Guid.CreateVersion7();
        (PlanId, ElectionId, OrganisationId) = (plan.Id, plan.ElectionId, plan.OrganisationId);
        Title = "";
        Set(phase, title, owner, dueOn);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid ElectionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int Phase { get; private set; }
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

    public void Change(CampaignPlan plan, Election election, int phase, string title, FollowUpOwner owner, LocalDate dueOn)
    {
        plan.Check(election, phase, dueOn);
        Set(phase, title, owner, dueOn);
    }

    private void Set(int phase, string title, FollowUpOwner owner, LocalDate dueOn)
    {
        Title = Text.Required(title, nameof(Title), "Oppgaven", MaxTitle);
        (Phase, DueOn) = (phase, dueOn);
        (PersonId, PositionTypeId, HeldInId, OwnerBodyId) = (owner.PersonId, owner.PositionTypeId, owner.HeldInId, owner.BodyId);
    }

    /// <summary>A report on the task: its status as of a day, with a note of what was done.</summary>
    public CampaignTaskNote Report(MeasureStatus status, LocalDate on, string? note, string author, Instant at)
    {
        if (!Enum.IsDefined(status))
        {
            throw new RuleViolation(nameof(Status), "Velg en status.");
        }
        (Status, StatusOn) = (status, on);
        return new CampaignTaskNote(Id, on, status, note, author, at);
    }

    /// <summary>A person erased from the register stops owning the task: it falls to the office given (the organisation's leader).</summary>
    /// <summary>The task's phase got another number when the plan's phases were rearranged.</summary>
    internal void Renumbered(int phase) => Phase = phase;

    public void OwnerErased(Guid leaderTypeId) => (PersonId, PositionTypeId, HeldInId, OwnerBodyId) = (null, leaderTypeId, OrganisationId, null);
}
