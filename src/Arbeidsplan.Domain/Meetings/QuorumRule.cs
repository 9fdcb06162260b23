using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// When a body may decide: by default more than half of its voting members present (deputies called in count for the member they
/// replace); a body's statutes may instead name a least number.
/// </summary>
public readonly record struct QuorumRule
{
    public QuorumRule(int? atLeast)
    {
        if (atLeast is < 1 or > 500)
        {
            throw new RuleViolation(nameof(AtLeast), "Et vedtaksført møte krever minst 1 og høyst 500 til stede.");
        }
        AtLeast = atLeast;
    }

    /// <summary>The least number present; null for more than half.</summary>
    public int? AtLeast { get; }

    public static QuorumRule MoreThanHalf => new(null);

    /// <summary>How many voting members must be present in a body of this size.</summary>
    public int Needed(int votingMembers) => AtLeast ?? (votingMembers / 2) + 1;

    public bool IsQuorate(int votingMembers, int votingPresent) => votingMembers > 0 && votingPresent >= Needed(votingMembers);

    public string Describe => AtLeast is { } n ? $"minst {n} til stede" : "mer enn halvparten av de stemmeberettigede til stede";
}
