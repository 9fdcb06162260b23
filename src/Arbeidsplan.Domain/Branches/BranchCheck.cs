using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Branches;

/// <summary>When someone last looked at a branch's website and social media pages.</summary>
public sealed class BranchCheck : IVersioned, IAudited
{
    private BranchCheck() { }

    public BranchCheck(Guid branchId) => BranchId = branchId;

    public Guid BranchId { get; private set; }
    public LocalDate? WebsiteCheckedOn { get; private set; }
    public LocalDate? SocialMediaCheckedOn { get; private set; }
    public long Version { get; set; }

    public void Record(LocalDate? website, LocalDate? socialMedia, LocalDate today)
    {
        if (website > today || socialMedia > today)
        {
            throw new RuleViolation(website > today ? nameof(WebsiteCheckedOn) : nameof(SocialMediaCheckedOn), "En sjekk kan ikke være fram i tid.");
        }
        (WebsiteCheckedOn, SocialMediaCheckedOn) = (website ?? WebsiteCheckedOn, socialMedia ?? SocialMediaCheckedOn);
    }
}
