namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// Whether a meeting will be quorate, as the answers so far tell: the voting members and the deputies called in for them who have
/// said kommer, and those who have not answered yet.
/// </summary>
public sealed record QuorumOutlook(int VotingMembers, int Needed, int Coming, int Unanswered)
{
    public static QuorumOutlook Of(QuorumRule rule, int votingMembers, int coming, int unanswered) =>
        new(votingMembers, rule.Needed(votingMembers), coming, unanswered);

    public bool IsQuorate => VotingMembers > 0 && Coming >= Needed;

    /// <summary>Not quorate even if everyone who has not answered comes.</summary>
    public bool CannotBe => VotingMembers == 0 || Coming + Unanswered < Needed;

    public string Text => (IsQuorate, CannotBe) switch
    {
        _ when VotingMembers == 0 => "Organet har ingen medlemmer med stemmerett registrert, så vedtaksførhet kan ikke vurderes.",
        (true, _) => $"Vedtaksført: {Coming} med stemmerett kommer, {Needed} trengs.",
        (_, true) => $"Ikke vedtaksført: bare {Coming + Unanswered} med stemmerett kan komme, {Needed} trengs. Kall inn flere varamedlemmer eller flytt møtet.",
        _ => $"Ikke avklart: {Coming} med stemmerett kommer, {Needed} trengs, {Unanswered} har ikke svart.",
    };
}
