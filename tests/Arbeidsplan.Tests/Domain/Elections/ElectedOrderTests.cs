using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class ElectedOrderTests
{
    private static (Nomination List, Guid[] Ids) List(params (bool Cumulated, int? Votes)[] candidates)
    {
        var list = new Nomination(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var ids = candidates.Select(c => list.AddCandidate(Guid.CreateVersion7(), new CandidateFacts(1970, Gender.Woman, "", false, c.Cumulated)).Id).ToArray();
        list.SetPersonalVotes(ids.Select((id, i) => (id, candidates[i].Votes)).ToDictionary(x => x.id, x => x.Item2));
        return (list, ids);
    }

    [Fact]
    public void Local_TheCumulationBonusAndPersonalVotesRank_ATieGoesToTheHigherPlace()
    {
        // 1 000 ballots: a cumulated candidate starts at 250.
        var (list, ids) = List((true, 10), (false, 300), (false, 40), (false, 40), (true, 0), (false, 5), (false, 1));

        var order = ElectedOrder.Of(list, ElectionKind.Local, 1000, 2);

        Assert.Equal([ids[1], ids[0], ids[4], ids[2], ids[3], ids[5], ids[6]], order.Select(p => p.CandidateId));
        Assert.Equal([true, true, false, false, false, false, false], order.Select(p => p.Elected));
        Assert.Equal([null, null, 1, 2, 3, 4, null], order.Select(p => p.Deputy));
        Assert.Equal(260, order[1].Score);
    }

    [Fact]
    public void CountyCouncil_PersonalVotesCountFrom8PercentOfTheBallots_TheOthersFollowTheListsOrder()
    {
        // 1 000 ballots: 80 personal votes count, 79 do not; no bonus on the county council's list.
        var list = new Nomination(Guid.CreateVersion7(), Guid.CreateVersion7(), municipalityId: null);
        var votes = new int?[] { 10, 79, 80, 300, null };
        var ids = votes.Select(_ => list.AddCandidate(Guid.CreateVersion7(), new CandidateFacts(1970, Gender.Man, "", false, false)).Id).ToArray();
        list.SetPersonalVotes(ids.Select((id, i) => (id, votes[i])).ToDictionary(x => x.id, x => x.Item2));

        var order = ElectedOrder.Of(list, ElectionKind.Local, 1000, 2);

        Assert.Equal([ids[3], ids[2], ids[0], ids[1], ids[4]], order.Select(p => p.CandidateId));
        Assert.Equal([300, 80, 0, 0, 0], order.Select(p => p.Score));
    }

    [Fact]
    public void Storting_TheListsOrderDecides()
    {
        var (list, ids) = List((false, 5), (false, 900), (false, 2));

        Assert.Equal(ids, ElectedOrder.Of(list, ElectionKind.Storting, 50_000, 1).Select(p => p.CandidateId));
    }

    [Fact]
    public void PersonalVotes_BelowZero_OrForOneWhoSaidNo_AreRefused()
    {
        var (list, ids) = List((false, null), (false, null));
        list.Decline(ids[1], new LocalDate(2026, 11, 1));

        Assert.Equal("Personstemmene kan ikke være under null.", Assert.Throws<RuleViolation>(() => list.SetPersonalVotes(new Dictionary<Guid, int?> { [ids[0]] = -1 })).Message);
        Assert.Equal("En som takket nei, står ikke på stemmeseddelen.", Assert.Throws<RuleViolation>(() => list.SetPersonalVotes(new Dictionary<Guid, int?> { [ids[1]] = 4 })).Message);
    }
}
