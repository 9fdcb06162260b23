using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A work plan of one organisation for a year or a period, with its lifecycle.</summary>
public sealed class Plan : IVersioned, IAudited
{
    private Plan() => Title = "";

    public Plan(Guid organisationId, string title, PlanKind kind, PlanPeriod period)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Update(title, kind, period);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; }
    public PlanKind Kind { get; private set; }
    public LocalDate PeriodFrom { get; private set; }
    public LocalDate PeriodTo { get; private set; }
    public PlanState State { get; private set; }
    public string? AdoptedBy { get; private set; }
    public LocalDate? AdoptedOn { get; private set; }

    /// <summary>The annual meeting (a meeting in Møter) that adopted the plan, when it was recorded there.</summary>
    public Guid? AdoptedAtMeetingId { get; private set; }
    public Guid? RolledOverFromId { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public PlanPeriod Period => new(PeriodFrom, PeriodTo);

    public void Update(string title, PlanKind kind, PlanPeriod period)
    {
        Title = Text.Required(title, nameof(Title), "Tittel");
        Kind = kind;
        PeriodFrom = period.From;
        PeriodTo = period.To;
    }

    public void Propose()
    {
        if (State != PlanState.Draft)
        {
            throw new RuleViolation(nameof(State), "Bare et utkast kan legges fram for årsmøtet.");
        }
        State = PlanState.Proposed;
    }

    /// <summary>Adopted by a named annual meeting on a date; the caller keeps the adopted text as a revision.</summary>
    public void Adopt(string meeting, LocalDate on, Guid? meetingId = null)
    {
        if (State is PlanState.Adopted or PlanState.Revised)
        {
            throw new RuleViolation(nameof(State), "Planen er allerede vedtatt. Revider den i stedet.");
        }
        AdoptedBy = Text.Required(meeting, nameof(AdoptedBy), "Vedtatt av");
        AdoptedOn = on;
        AdoptedAtMeetingId = meetingId;
        State = PlanState.Adopted;
    }

    public void Revise()
    {
        if (State is not (PlanState.Adopted or PlanState.Revised))
        {
            throw new RuleViolation(nameof(State), "Bare en vedtatt plan kan revideres.");
        }
        State = PlanState.Revised;
    }

    /// <summary>A draft for the next period: same organisation and kind, title and period moved on by the period's length.</summary>
    /// <summary>The period a roll-over makes the plan for: the next one of the same length.</summary>
    public PlanPeriod NextPeriod => Period.ShiftYears(Period.LengthInYears);

    public Plan RollOver(string? title = null)
    {
        return new Plan(OrganisationId, title ?? YearText.Shift(Title, Period.LengthInYears, Period), Kind, NextPeriod) { RolledOverFromId = Id };
    }
}
