using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The nomination steps' names and their default target dates, counted from the election day: the committee set up and trained in
/// the autumn before, the top candidate chosen before the new year (as the plans ask: «aller helst før årsskiftet»), the list
/// filed by the election act's deadline (31 March of the election year) and approved by the electoral board in the spring.
/// An election keeps its own targets; these are where they start.
/// </summary>
public static class NominationStepKinds
{
    public static readonly IReadOnlyList<NominationStepKind> All = Enum.GetValues<NominationStepKind>();

    public static string Label(this NominationStepKind kind) => kind switch
    {
        NominationStepKind.CommitteeAppointed => "Nominasjonskomité oppnevnt",
        NominationStepKind.CommitteeTrained => "Komiteen kurset",
        NominationStepKind.SurveySent => "Kandidatundersøkelse sendt",
        NominationStepKind.TopCandidateChosen => "Toppkandidat valgt",
        NominationStepKind.MeetingHeld => "Nominasjonsmøte holdt",
        NominationStepKind.ListAdopted => "Liste vedtatt",
        NominationStepKind.ListFiled => "Liste levert kommunen",
        NominationStepKind.ListApproved => "Liste godkjent av valgstyret",
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

    public static LocalDate DefaultTarget(this NominationStepKind kind, LocalDate electionDay)
    {
        var year = electionDay.Year;
        return kind switch
        {
            NominationStepKind.CommitteeAppointed => new LocalDate(year - 1, 9, 1),
            NominationStepKind.CommitteeTrained => new LocalDate(year - 1, 10, 15),
            NominationStepKind.SurveySent => new LocalDate(year - 1, 11, 1),
            NominationStepKind.TopCandidateChosen => new LocalDate(year - 1, 12, 31),
            NominationStepKind.MeetingHeld => new LocalDate(year, 2, 15),
            NominationStepKind.ListAdopted => new LocalDate(year, 3, 1),
            NominationStepKind.ListFiled => new LocalDate(year, 3, 31),
            NominationStepKind.ListApproved => new LocalDate(year, 5, 31),
            _ => electionDay,
        };
    }
}
