using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// How an annual meeting constituted itself (<i>konstituering</i>): who chaired it, who wrote the minutes, the two who sign them and
/// the vote counters. Names as the minutes print them: delegates are rarely in the register, and the minutes need no more.
/// </summary>
public sealed class Constitution : IVersioned, IAudited
{
    public const int MaxCounters = 8;

    private Constitution() => (Chair, MinuteTaker, FirstSigner, SecondSigner, VoteCounters) = ("", "", "", "", "");

    public Constitution(Guid meetingId, string chair, string minuteTaker, string firstSigner, string secondSigner, IEnumerable<string> voteCounters)
    {
        MeetingId = meetingId;
        (Chair, MinuteTaker, FirstSigner, SecondSigner, VoteCounters) = ("", "", "", "", "");
        Set(chair, minuteTaker, firstSigner, secondSigner, voteCounters);
    }

    public Guid MeetingId { get; private set; }

    /// <summary>The chair (<i>møteleder, dirigent</i>).</summary>
    public string Chair { get; private set; }
    public string MinuteTaker { get; private set; }
    public string FirstSigner { get; private set; }
    public string SecondSigner { get; private set; }

    /// <summary>The vote counters, one per line as stored.</summary>
    public string VoteCounters { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public IReadOnlyList<string> Counters => VoteCounters.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Set(string chair, string minuteTaker, string firstSigner, string secondSigner, IEnumerable<string> voteCounters)
    {
        var chairName = Text.Required(chair, nameof(Chair), "Møteleder");
        var taker = Text.Required(minuteTaker, nameof(MinuteTaker), "Referent");
        var first = Text.Required(firstSigner, nameof(FirstSigner), "Første protokollunderskriver");
        var second = Text.Required(secondSigner, nameof(SecondSigner), "Andre protokollunderskriver");
        if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolation(nameof(SecondSigner), "Protokollen skal underskrives av to ulike personer.");
        }
        if (string.Equals(first, chairName, StringComparison.OrdinalIgnoreCase) || string.Equals(second, chairName, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolation(nameof(FirstSigner), "Møtelederen kan ikke også underskrive protokollen; velg to andre.");
        }
        var counters = voteCounters.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (counters.Count > MaxCounters)
        {
            throw new RuleViolation(nameof(VoteCounters), $"Høyst {MaxCounters} i tellekorpset.");
        }
        var checkedCounters = counters.Select(c => Text.Required(c, nameof(VoteCounters), "Navnet i tellekorpset")).ToList();
        (Chair, MinuteTaker, FirstSigner, SecondSigner, VoteCounters) = (chairName, taker, first, second, string.Join('\n', checkedCounters));
    }

    /// <summary>Replaces a name the person asked to have erased wherever it stands; says whether it stood anywhere.</summary>
    public bool Forget(string name, string replacement)
    {
        string Swap(string value) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase) ? replacement : value;
        var before = (Chair, MinuteTaker, FirstSigner, SecondSigner, VoteCounters);
        (Chair, MinuteTaker, FirstSigner, SecondSigner) = (Swap(Chair), Swap(MinuteTaker), Swap(FirstSigner), Swap(SecondSigner));
        VoteCounters = string.Join('\n', Counters.Select(Swap));
        return before != (Chair, MinuteTaker, FirstSigner, SecondSigner, VoteCounters);
    }

    /// <summary>Whether a name stands in any role, for the person's own export.</summary>
    public IEnumerable<string> RolesOf(string name)
    {
        bool Is(string value) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
        if (Is(Chair)) { yield return "møteleder"; }
        if (Is(MinuteTaker)) { yield return "referent"; }
        if (Is(FirstSigner) || Is(SecondSigner)) { yield return "protokollunderskriver"; }
        if (Counters.Any(Is)) { yield return "tellekorps"; }
    }
}
