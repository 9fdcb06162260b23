namespace Arbeidsplan.Domain.Branches;

[Flags]
public enum FlagReason
{
    None = 0,
    Recruitment = 1,
    MemberCare = 2,
    WaysOfWorking = 4,
    Finances = 8,
    SocialMedia = 16,
}
