using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>The vote on a decision: unanimous, by a majority against a number of votes, or not put to a vote.</summary>
public sealed record Vote
{
    public Vote(VoteKind kind, int? against = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation(nameof(Kind), "Velg enstemmig, flertall eller ikke votert.");
        }
        if (kind == VoteKind.Majority && against is not > 0)
        {
            throw new RuleViolation(nameof(Against), "Skriv hvor mange som stemte mot (1 eller flere).");
        }
        if (kind != VoteKind.Majority && against is not null)
        {
            throw new RuleViolation(nameof(Against), "Stemmer mot føres bare når vedtaket ble gjort med flertall.");
        }
        if (against > 999)
        {
            throw new RuleViolation(nameof(Against), "Så mange stemmer kan ikke være gitt i et organ.");
        }
        (Kind, Against) = (kind, against);
    }

    public VoteKind Kind { get; }
    public int? Against { get; }

    public static Vote Unanimous { get; } = new(VoteKind.Unanimous);

    /// <summary>As the minutes say it: "Enstemmig vedtatt", "Vedtatt mot 2 stemmer".</summary>
    public string Text => Kind switch
    {
        VoteKind.Unanimous => "Enstemmig vedtatt",
        VoteKind.Majority => Against == 1 ? "Vedtatt mot 1 stemme" : $"Vedtatt mot {Against} stemmer",
        _ => "Ikke votert",
    };
}
