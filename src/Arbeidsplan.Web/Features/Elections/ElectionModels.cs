using Arbeidsplan.Domain.Elections;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

public sealed record ElectionRow(Guid Id, string Name, ElectionKind Kind, LocalDate Day, LocalDateTime FilingDeadline, Guid OrganisationId, string Organisation,
    IReadOnlyList<StepTarget> Targets, long Version, bool CanEdit);

public sealed class ElectionInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>What is elected; left out on a change, the election keeps its kind.</summary>
    public ElectionKind? Kind { get; set; }
    public DateOnly? Day { get; set; }
    public string? Name { get; set; }

    /// <summary>When lists must be filed; empty means the election act's 31 March at noon.</summary>
    public DateTime? FilingDeadline { get; set; }
    public Dictionary<NominationStepKind, DateOnly>? Targets { get; set; }
    public long? Version { get; set; }
}

/// <summary>A step of one row: when it was taken and by whom, or its light against the election's target.</summary>
public sealed record StepCell(NominationStepKind Kind, LocalDate? On, string? By, string? Note, LocalDate Target, StepLight Light, Guid? LinkId = null);

/// <summary>One list's nomination: a municipality's (with the branch that covers it, if any), the county council's or a constituency's.</summary>
public sealed record NominationRow(Guid CountyId, Guid? MunicipalityId, string Name, string? Municipality, Guid? BranchId, string? Branch, string Region,
    IReadOnlyList<StepCell> Steps, long Version, bool CanEdit, Guid? NominationId = null, Guid? ConstituencyId = null)
{
    public ListKey Key => new(CountyId, MunicipalityId, ConstituencyId);

    public int Late => Steps.Count(s => s.Light == StepLight.Late);
    public bool Gap => MunicipalityId is not null && BranchId is null;
}

/// <summary>How far a region, or the whole county, has come: lists adopted, top candidates chosen, of the lists it should field.</summary>
public sealed record NominationTotals(string Name, int Lists, int TopCandidates, int Adopted, int Filed, int Late);

public sealed record ElectionOverview(ElectionRow Election, Guid OrganisationId, string OrganisationName, IReadOnlyList<NominationRow> Rows,
    IReadOnlyList<NominationTotals> Regions, NominationTotals Total, IReadOnlyList<Shared.NamedItem> RegionChoices, LocalDate Today);

public sealed class StepInput
{
    public Guid ElectionId { get; set; }
    public Guid CountyId { get; set; }

    /// <summary>The municipality whose list it is; empty for the county council's list.</summary>
    public Guid? MunicipalityId { get; set; }

    /// <summary>The constituency whose list it is (a Sámi parliament election's).</summary>
    public Guid? ConstituencyId { get; set; }
    public NominationStepKind Kind { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }

    /// <summary>What the step points at: the committee's body, the study circle or the meeting (of the list's branch).</summary>
    public Guid? LinkId { get; set; }

    /// <summary>Takes the step back instead (recorded by mistake).</summary>
    public bool Undo { get; set; }
    public long? Version { get; set; }
}

public sealed record StepRecorded(NominationRow Row, string? Warning);

/// <param name="Region">The region that follows the municipality while it has no branch, if the county has said one.</param>
public sealed record MunicipalityItem(Guid Id, string Number, string Name, string? Region = null);

public sealed class MunicipalitiesInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>
    /// Each municipality by its number ("3403") or its name ("Hamar"); after a semicolon, the county's region that follows it while it
    /// has no branch ("3425; Sør-Østerdalen").
    /// </summary>
    public List<string>? Municipalities { get; set; }
}

/// <summary>Something a step points at (the committee, the circle, the meeting), with where it is shown; a meeting with its day and whether it is held.</summary>
public sealed record LinkChoice(StepLink Link, Guid Id, string Name, string Href, LocalDate? On = null, bool Held = false, string? Title = null);

/// <summary>A member of a list's nomination committee today: the name, the position and the body it is held on.</summary>
public sealed record CommitteeMember(string Name, string Position, string? Body);

/// <summary>A step on a list's own page: what the overview's cell says, and what it points at.</summary>
public sealed record StepDetail(StepCell Cell, LinkChoice? Linked);

/// <summary>
/// One list's nomination: its steps with what they point at, the committee, and (to those who may record) what steps can point at.
/// </summary>
public sealed record NominationDetail(ElectionRow Election, NominationRow Row, Guid OwnerId, string OwnerName, IReadOnlyList<StepDetail> Steps,
    IReadOnlyList<CommitteeMember> Committee, IReadOnlyList<LinkChoice> Choices, CandidateListView List, LocalDate Today)
{
    /// <summary>
    /// The nomination meeting the list's organisation has held (a meeting whose title says so) while its step is not recorded: the
    /// form is filled in for it, so the secretary records it with one press.
    /// </summary>
    public LinkChoice? HeldMeeting => Steps.Any(s => s.Cell.Kind == NominationStepKind.MeetingHeld && s.Cell.On is not null) ? null
        : Choices.Where(c => c.Link == StepLink.Meeting && c.Held && c.Title is { } title && title.Contains("nominasjon", StringComparison.OrdinalIgnoreCase)).MaxBy(c => c.On);
}

/// <summary>A candidate as the list shows it: the place (0 when declined) and what the list needs.</summary>
public sealed record CandidateRow(Guid Id, int Place, Guid PersonId, string Name, int BirthYear, Domain.Members.Gender Gender, string Residence, bool Youth,
    bool Rerunning, bool Cumulated, LocalDate? DeclinedOn);

/// <summary>
/// A list's candidates with its balance and what the act's rules say of it; <see cref="Hidden"/> when the reader may see that a list
/// is being made but not the names (the county's list, to a branch, until it is adopted).
/// </summary>
public sealed record CandidateListView(int? Seats, ListRules? Rules, IReadOnlyList<string> Problems, ListBalance Balance, IReadOnlyList<CandidateRow> Candidates,
    bool Hidden, bool Adopted)
{
    /// <summary>The nomination with its candidates as read for the list, so that the count of the same list does not read it again.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Nomination? Loaded { get; init; }
}

/// <summary>A candidate put on a list or changed; the list by its election, county and municipality (none for the county's own).</summary>
public sealed class CandidateInput
{
    public Guid ElectionId { get; set; }
    public Guid CountyId { get; set; }
    public Guid? MunicipalityId { get; set; }

    /// <summary>The constituency whose list it is (a Sámi parliament election's).</summary>
    public Guid? ConstituencyId { get; set; }

    /// <summary>A person in the register; or, left out, the name of one to add to the list's organisation.</summary>
    public Guid? PersonId { get; set; }
    public string? Name { get; set; }
    public int? BirthYear { get; set; }
    public Domain.Members.Gender? Gender { get; set; }
    public string? Residence { get; set; }
    public bool Rerunning { get; set; }
    public bool Cumulated { get; set; }

    /// <summary>The place on the list; left out, the end (when added) or where the candidate stands (when changed).</summary>
    public int? Place { get; set; }

    /// <summary>On a change: the candidate said no.</summary>
    public bool Declined { get; set; }
    public long? Version { get; set; }
}

public sealed class SeatsInput
{
    public Guid ElectionId { get; set; }
    public Guid CountyId { get; set; }
    public Guid? MunicipalityId { get; set; }

    /// <summary>The constituency whose list it is (a Sámi parliament election's).</summary>
    public Guid? ConstituencyId { get; set; }
    public int? Seats { get; set; }
    public long? Version { get; set; }
}
