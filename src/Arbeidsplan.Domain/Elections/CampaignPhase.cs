using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>A phase of the campaign (Fase 2 januar–mars: the campaign plan, candidate training): its number, name and days.</summary>
public sealed record CampaignPhase
{
    public const int MaxName = 120;

    public CampaignPhase(int number, string name, LocalDate from, LocalDate to)
    {
        if (number is < 1 or > CampaignPlan.MaxPhases)
        {
            throw new RuleViolation("Phases", $"En fase har et nummer fra 1 til {CampaignPlan.MaxPhases}.");
        }
        if (to < from)
        {
            throw new RuleViolation("Phases", $"Fase {number} slutter før den begynner.");
        }
        (Number, From, To) = (number, from, to);
        Name = Text.Required(name, "Phases", $"Navnet på fase {number}", MaxName);
    }

    public int Number { get; }
    public string Name { get; }
    public LocalDate From { get; }
    public LocalDate To { get; }

    public bool Contains(LocalDate day) => day >= From && day <= To;

    public string Label => $"Fase {Number}: {Name}";
}
