using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A person on a list, with only what the list needs: the place, birth year, gender, where they live, whether they stand again or
/// are new, whether the party cumulates them, and a decline when they said no (kept, so the committee sees who was asked).
/// </summary>
public sealed class Candidate : IAudited, IVersionedPart
{
    public const int MaxResidence = 100;

    private Candidate() => Residence = "";

    internal Candidate(Guid nominationId, Guid personId, int place, CandidateFacts facts)
    {
        Id = Guid.CreateVersion7();
        (NominationId, PersonId, Place) = (nominationId, personId, place);
        Residence = "";
        Update(facts);
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The place on the list, from 1; a declined candidate keeps no place (0).</summary>
    public int Place { get; internal set; }
    public int BirthYear { get; private set; }
    public Gender Gender { get; private set; }
    public string Residence { get; private set; }
    public bool Rerunning { get; private set; }
    public bool Cumulated { get; private set; }
    public LocalDate? DeclinedOn { get; private set; }

    /// <summary>The personal votes the candidate got (slengere and cumulation marks), once the election is counted.</summary>
    public int? PersonalVotes { get; private set; }
    public bool IsDemo { get; set; }

    public Guid OwnerId => NominationId;

    /// <summary>Under 30 on the election day's year end, as the parties count their youth candidates.</summary>
    public bool IsYouth(LocalDate electionDay) => electionDay.Year - BirthYear < 30;

    public void Update(CandidateFacts facts)
    {
        if (facts.BirthYear is < 1900 or > 2100)
        {
            throw new RuleViolation(nameof(BirthYear), "Oppgi fødselsåret med fire siffer.");
        }
        if (!Enum.IsDefined(facts.Gender))
        {
            throw new RuleViolation(nameof(Gender), "Velg kjønn.");
        }
        Residence = Text.Optional(facts.Residence, nameof(Residence), "Bosted", MaxResidence) ?? "";
        (BirthYear, Gender, Rerunning, Cumulated) = (facts.BirthYear, facts.Gender, facts.Rerunning, facts.Cumulated);
    }

    internal void SetPersonalVotes(int? votes) =>
        PersonalVotes = votes is < 0 ? throw new RuleViolation(nameof(PersonalVotes), "Personstemmene kan ikke være under null.") : votes;

    internal void Decline(LocalDate on) => (DeclinedOn, Place, Cumulated) = (on, 0, false);
}
