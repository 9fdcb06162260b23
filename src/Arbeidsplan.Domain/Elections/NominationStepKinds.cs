using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The nomination steps' names and what each points at. The kinds are code because each has behaviour (the body, circle or meeting
/// it points at, the sums of the overview and the report); where their targets start is data (<see cref="StepDefault"/>).
/// </summary>
public static class NominationStepKinds
{
    public static readonly IReadOnlyList<NominationStepKind> All = Enum.GetValues<NominationStepKind>();

    /// <summary>
    /// The step's name, the same for every list: a municipal list is filed with the municipality and approved by its electoral board,
    /// a county council or Storting list with the county and its board, so the names say what was done, not to whom.
    /// </summary>
    public static string Label(this NominationStepKind kind) => kind switch
    {
        NominationStepKind.CommitteeAppointed => "Nominasjonskomité oppnevnt",
        NominationStepKind.CommitteeTrained => "Komiteen kurset",
        NominationStepKind.SurveySent => "Kandidatundersøkelse sendt",
        NominationStepKind.TopCandidateChosen => "Toppkandidat valgt",
        NominationStepKind.MeetingHeld => "Nominasjonsmøte holdt",
        NominationStepKind.ListAdopted => "Liste vedtatt",
        NominationStepKind.ListFiled => "Listeforslag levert",
        NominationStepKind.ListApproved => "Liste godkjent",
        _ => kind.ToString(),
    };

    /// <summary>A short heading for a table column.</summary>
    public static string Short(this NominationStepKind kind) => kind switch
    {
        NominationStepKind.CommitteeAppointed => "Komité",
        NominationStepKind.CommitteeTrained => "Kurset",
        NominationStepKind.SurveySent => "Undersøkelse",
        NominationStepKind.TopCandidateChosen => "Toppkandidat",
        NominationStepKind.MeetingHeld => "Nominasjonsmøte",
        NominationStepKind.ListAdopted => "Vedtatt",
        NominationStepKind.ListFiled => "Levert",
        NominationStepKind.ListApproved => "Godkjent",
        _ => kind.ToString(),
    };

    /// <summary>
    /// What a step of the kind points at: the appointed committee is a body whose positions nominate, the training a study circle
    /// (the required one, when the county requires it), the nomination meeting a meeting of the branch.
    /// </summary>
    public static StepLink Link(this NominationStepKind kind) => kind switch
    {
        NominationStepKind.CommitteeAppointed => StepLink.Body,
        NominationStepKind.CommitteeTrained => StepLink.StudyCircle,
        NominationStepKind.MeetingHeld => StepLink.Meeting,
        _ => StepLink.None,
    };

    /// <summary>The election act's and the plans' default target (<see cref="StepDefault.Act"/>), where an election's start when no kept defaults are given.</summary>
    public static LocalDate DefaultTarget(this NominationStepKind kind, LocalDate electionDay) =>
        StepDefault.Act.FirstOrDefault(d => d.Kind == kind)?.For(electionDay) ?? electionDay;
}
