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

/// <summary>One list's nomination: a municipality's (with the branch that covers it, if any) or the county council's.</summary>
public sealed record NominationRow(Guid CountyId, Guid? MunicipalityId, string Name, string? Municipality, Guid? BranchId, string? Branch, string Region,
    IReadOnlyList<StepCell> Steps, long Version, bool CanEdit)
{
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

public sealed record MunicipalityItem(Guid Id, string Number, string Name);

public sealed class MunicipalitiesInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>Each municipality by its number ("3403") or its name ("Hamar").</summary>
    public List<string>? Municipalities { get; set; }
}

/// <summary>Something a step points at (the committee, the circle, the meeting), with where it is shown.</summary>
public sealed record LinkChoice(StepLink Link, Guid Id, string Name, string Href);

/// <summary>A member of a list's nomination committee today: the name, the position and the body it is held on.</summary>
public sealed record CommitteeMember(string Name, string Position, string? Body);

/// <summary>A step on a list's own page: what the overview's cell says, and what it points at.</summary>
public sealed record StepDetail(StepCell Cell, LinkChoice? Linked);

/// <summary>
/// One list's nomination: its steps with what they point at, the committee, and (to those who may record) what steps can point at.
/// </summary>
public sealed record NominationDetail(ElectionRow Election, NominationRow Row, Guid OwnerId, string OwnerName, IReadOnlyList<StepDetail> Steps,
    IReadOnlyList<CommitteeMember> Committee, IReadOnlyList<LinkChoice> Choices, LocalDate Today);
