using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// An organisation's plan for the campaign before an election: its phases in order (the plans' four, from the nomination meeting in
/// the autumn before to the election day) and the tasks in them, each with an owner and a due date as a decision's follow-up has.
/// </summary>
public sealed class CampaignPlan : IVersioned, IAudited
{
    public const int MaxPhases = 8;

    private CampaignPlan() => Phases = [];

    public CampaignPlan(Election election, Guid organisationId, IReadOnlyList<CampaignPhase> phases)
    {
        Id = Guid.CreateVersion7();
        (ElectionId, OrganisationId, Phases) = (election.Id, organisationId, []);
        SetPhases(election, phases);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The organisation whose campaign it is (the county, or a branch with its own).</summary>
    public Guid OrganisationId { get; private set; }
    public IReadOnlyList<CampaignPhase> Phases { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Sets the phases as a whole: numbered 1, 2, 3 … in order, one after the other, none after the election day.</summary>
    public void SetPhases(Election election, IReadOnlyList<CampaignPhase> phases)
    {
        if (phases.Count is 0 or > MaxPhases)
        {
            throw new RuleViolation(nameof(Phases), $"En valgkampplan har fra 1 til {MaxPhases} faser.");
        }
        for (var i = 0; i < phases.Count; i++)
        {
            if (phases[i].Number != i + 1)
            {
                throw new RuleViolation(nameof(Phases), "Fasene nummereres 1, 2, 3 … i rekkefølge.");
            }
            if (i > 0 && phases[i].From <= phases[i - 1].To)
            {
                throw new RuleViolation(nameof(Phases), $"Fase {i + 1} begynner før fase {i} er slutt.");
            }
        }
        if (phases[^1].To > election.Day)
        {
            throw new RuleViolation(nameof(Phases), $"Siste fase slutter etter valgdagen {NorwegianTime.Format(election.Day)}.");
        }
        Phases = [.. phases];
    }

    public CampaignPhase? Phase(int number) => Phases.FirstOrDefault(p => p.Number == number);

    /// <summary>The phase a day falls in; null between phases or outside the plan.</summary>
    public CampaignPhase? PhaseOn(LocalDate day) => Phases.FirstOrDefault(p => p.Contains(day));

    /// <summary>A task in one of the plan's phases, due no later than the election day.</summary>
    public CampaignTask AddTask(Election election, int phase, string title, FollowUpOwner owner, LocalDate dueOn)
    {
        Check(election, phase, dueOn);
        return new CampaignTask(this, phase, title, owner, dueOn);
    }

    internal void Check(Election election, int phase, LocalDate dueOn)
    {
        if (Phase(phase) is null)
        {
            throw new RuleViolation("Phase", "Velg en av planens faser.");
        }
        if (dueOn > election.Day)
        {
            throw new RuleViolation("DueOn", $"Fristen er etter valgdagen {NorwegianTime.Format(election.Day)}.");
        }
        if (dueOn < Phases[0].From.PlusYears(-1))
        {
            throw new RuleViolation("DueOn", "Fristen er mer enn et år før planen begynner.");
        }
    }
}
