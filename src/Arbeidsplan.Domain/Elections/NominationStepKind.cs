namespace Arbeidsplan.Domain.Elections;

/// <summary>The steps of a nomination, in the order they are taken.</summary>
public enum NominationStepKind
{
    CommitteeAppointed = 0,
    CommitteeTrained = 1,
    SurveySent = 2,
    TopCandidateChosen = 3,
    MeetingHeld = 4,
    ListAdopted = 5,
    ListFiled = 6,
    ListApproved = 7,
}
