using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Features.Shared;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// An annual meeting's own steps beside its agenda: how it constituted itself, the delegates each branch may send by the statutes'
/// rule, the elections from the committee's proposal to the positions they became, and the work plan it adopted.
/// </summary>
public sealed record AnnualMeetingView(Guid MeetingId, Guid OrganisationId, string OrganisationName, string Title, LocalDateTime StartsAt, MeetingStatus Status,
    ConstitutionRow? Constitution, long ConstitutionVersion, DelegateAllocation Delegates, IReadOnlyList<ElectionRow> Elections,
    IReadOnlyList<AdoptedPlanRow> Plans, bool CanEdit);

public sealed record ConstitutionRow(string Chair, string MinuteTaker, string FirstSigner, string SecondSigner, IReadOnlyList<string> VoteCounters);

/// <summary>The rule in words and as numbers, the count date it reads, and what each branch may send.</summary>
public sealed record DelegateAllocation(string Rule, bool IsOwnRule, DelegateRuleInput Input, long RuleVersion, LocalDate CountDate, LocalDate? CountedOn,
    IReadOnlyList<BranchDelegates> Branches)
{
    public int Total => Branches.Sum(b => b.Delegates);
}

public sealed record BranchDelegates(Guid BranchId, string Branch, int? Paying, int Delegates);

/// <summary>One office to fill: the committee's proposal, the elected with the vote, the term, and whether it is in the register.</summary>
public sealed record ElectionRow(Guid Id, string Office, string Place, Guid? ProposedPersonId, string? Proposed, Guid? ElectedPersonId, string? Elected,
    string? Vote, LocalDate TermFrom, LocalDate? TermTo, bool Registered, Guid? PositionId, long Version)
{
    public bool ReElected => Registered && ElectedPersonId is not null && ElectedPersonId == ProposedPersonId;
}

public sealed record AdoptedPlanRow(Guid Id, string Name, string Period);

public sealed class ConstitutionInput
{
    public string? Chair { get; set; }
    public string? MinuteTaker { get; set; }
    public string? FirstSigner { get; set; }
    public string? SecondSigner { get; set; }

    /// <summary>The vote counters, as a list in the API and one per line in the form.</summary>
    public List<string> VoteCounters { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public string CountersText
    {
        get => string.Join('\n', VoteCounters);
        set => VoteCounters = [.. (value ?? "").Split('\n')];
    }
    public long? Version { get; set; }
}

public sealed class DelegateRuleInput
{
    public int BaseDelegates { get; set; } = 2;
    public int BaseCovers { get; set; } = 50;
    public int? MembersPerExtra { get; set; } = 50;
    public bool StartedCounts { get; set; } = true;
    public int? MaxPerBranch { get; set; }
    public int CountMonth { get; set; } = 12;
    public int CountDay { get; set; } = 31;
    public long? Version { get; set; }

    public static DelegateRuleInput Of(DelegateRule rule) => new()
    {
        BaseDelegates = rule.BaseDelegates, BaseCovers = rule.BaseCovers, MembersPerExtra = rule.MembersPerExtra, StartedCounts = rule.StartedCounts,
        MaxPerBranch = rule.MaxPerBranch, CountMonth = rule.CountedOn.Month, CountDay = rule.CountedOn.Day, Version = rule.Version,
    };
}

/// <summary>An office on the election list: its type, where it is held (the organisation, or one of its bodies), the proposal and the term.</summary>
public sealed class ElectionInput
{
    public Guid PositionTypeId { get; set; }

    /// <summary>One of the organisation's bodies; empty for an office of the organisation itself.</summary>
    public Guid? BodyId { get; set; }
    public Guid? RegionId { get; set; }
    public Guid? ProposedPersonId { get; set; }
    public DateOnly? TermFrom { get; set; }
    public DateOnly? TermTo { get; set; }
    public long? Version { get; set; }
}

/// <summary>Whom the meeting elected and how; an empty person takes the result back.</summary>
public sealed class ElectedInput
{
    public Guid? PersonId { get; set; }
    public string? Vote { get; set; }
    public long? Version { get; set; }
}

/// <summary>What registering the elections did: the positions made, by office.</summary>
public sealed record RegisteredElections(int Registered, IReadOnlyList<NamedItem> Positions);
