namespace Arbeidsplan.Domain.Elections;

/// <summary>What a nomination step can point at: the committee it appointed, the study circle it was trained in, the meeting held.</summary>
public enum StepLink
{
    None = 0,
    Body = 1,
    StudyCircle = 2,
    Meeting = 3,
}
