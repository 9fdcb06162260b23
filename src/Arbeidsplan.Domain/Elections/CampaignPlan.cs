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

    /// <summary>
    /// Rearranges the phases as a whole: each given with the number it had (none for a new one), in the new order. A phase left out
    /// that still has tasks is refused; the tasks of the phases kept follow their phase to its new number.
    /// </summary>
    public void Rearrange(Election election, IReadOnlyList<(int? Was, string Name, LocalDate From, LocalDate To)> phases, IReadOnlyList<CampaignTask> tasks)
    {
        var kept = phases.Where(p => p.Was is not null).Select(p => p.Was!.Value).ToList();
        if (kept.Distinct().Count() != kept.Count || kept.Any(n => Phase(n) is null))
        {
            throw new RuleViolation(nameof(Phases), "En fase kan bare stå én gang, og bare fasene i planen kan flyttes.");
        }
        if (Phases.FirstOrDefault(p => !kept.Contains(p.Number) && tasks.Any(t => t.PlanId == Id && t.Phase == p.Number)) is { } taken)
        {
            throw new RuleViolation(nameof(Phases), $"Fase {taken.Number} «{taken.Name}» har oppgaver. Flytt dem til en annen fase eller fjern dem før fasen tas bort.");
        }
        SetPhases(election, [.. phases.Select((p, i) => new CampaignPhase(i + 1, p.Name, p.From, p.To))]);
        var number = phases.Select((p, i) => (p.Was, New: i + 1)).Where(x => x.Was is not null).ToDictionary(x => x.Was!.Value, x => x.New);
        foreach (var task in tasks.Where(t => t.PlanId == Id && number[t.Phase] != t.Phase))
        {
            task.Renumbered(number[task.Phase]);
        }
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
