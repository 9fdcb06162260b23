using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>A recruitment campaign ("verve 50 nye medlemmer") over a period, with its target and prize, among an organisation's branches.</summary>
public sealed class RecruitmentCampaign : IVersioned, IAudited
{
    private RecruitmentCampaign() => Name = "";

    public RecruitmentCampaign(Guid organisationId, string name, DateInterval period, int target, string? prize)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, period, target, prize);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public LocalDate From { get; private set; }
    public LocalDate To { get; private set; }
    public int Target { get; private set; }
    public string? Prize { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public DateInterval Period => new(From, To);

    public void Update(string name, DateInterval period, int target, string? prize)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        Prize = Text.Optional(prize, nameof(Prize), "Premie", 500);
        Target = target is >= 0 and <= 1_000_000 ? target : throw new RuleViolation(nameof(Target), "Målet kan ikke være under null.");
        if (NodaTime.Period.Between(period.Start, period.End, PeriodUnits.Days).Days > 731)
        {
            throw new RuleViolation("To", "En kampanje kan vare høyst to år.");
        }
        (From, To) = (period.Start, period.End);
    }

    /// <summary>Branches with members who joined in the campaign's period, most first.</summary>
    public IReadOnlyList<(Guid BranchId, int Recruited)> Leaderboard(IEnumerable<BranchRoll> latest) =>
        latest.Select(r => (r.BranchId, r.Members.Count(m => m.JoinedOn is { } j && Period.Contains(j))))
            .Where(x => x.Item2 > 0).OrderByDescending(x => x.Item2).ToList();
}
