using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// The statutes' rule for how many delegates each branch sends to the organisation's annual meeting, from its paying members on a
/// count date, as data: "2 utsendinger for de første 50 betalende medlemmene og 1 for hver påbegynte 50 utover, høyst 6".
/// A branch without paying members sends none.
/// </summary>
public sealed class DelegateRule : IVersioned, IAudited
{
    private DelegateRule() { }

    public DelegateRule(Guid organisationId, int baseDelegates, int baseCovers, int? membersPerExtra, bool startedCounts, int? maxPerBranch,
        AnnualDate countedOn)
    {
        OrganisationId = organisationId;
        Set(baseDelegates, baseCovers, membersPerExtra, startedCounts, maxPerBranch, countedOn);
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>What every branch with paying members sends.</summary>
    public int BaseDelegates { get; private set; }

    /// <summary>How many members the base delegates stand for before extra ones count.</summary>
    public int BaseCovers { get; private set; }

    /// <summary>One extra delegate for each so many members beyond those; null for none.</summary>
    public int? MembersPerExtra { get; private set; }

    /// <summary>Whether a started group counts (<i>påbegynte</i>) or only a full one (<i>fulle</i>).</summary>
    public bool StartedCounts { get; private set; }
    public int? MaxPerBranch { get; private set; }

    /// <summary>The day of the year before the meeting whose member count the allocation reads; usually 31 December.</summary>
    public AnnualDate CountedOn { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>The rule most county statutes have, until the organisation enters its own.</summary>
    public static DelegateRule Usual(Guid organisationId) => new(organisationId, 2, 50, 50, true, null, new AnnualDate(12, 31));

    public void Set(int baseDelegates, int baseCovers, int? membersPerExtra, bool startedCounts, int? maxPerBranch, AnnualDate countedOn)
    {
        if (baseDelegates is < 1 or > 50)
        {
            throw new RuleViolation(nameof(BaseDelegates), "Hvert lokallag må ha mellom 1 og 50 utsendinger i grunnkvote.");
        }
        if (baseCovers is < 0 or > 100_000)
        {
            throw new RuleViolation(nameof(BaseCovers), "Antall medlemmer grunnkvoten dekker må være mellom 0 og 100 000.");
        }
        if (membersPerExtra is < 1 or > 100_000)
        {
            throw new RuleViolation(nameof(MembersPerExtra), "Antall medlemmer per ekstra utsending må være mellom 1 og 100 000, eller stå tomt.");
        }
        if (maxPerBranch is { } max && (max < baseDelegates || max > 500))
        {
            throw new RuleViolation(nameof(MaxPerBranch), "Høyeste antall per lokallag kan ikke være mindre enn grunnkvoten (eller over 500).");
        }
        (BaseDelegates, BaseCovers, MembersPerExtra, StartedCounts, MaxPerBranch) = (baseDelegates, baseCovers, membersPerExtra, startedCounts, maxPerBranch);
        CountedOn = countedOn;
    }

    /// <summary>The date whose member count decides the delegates to a meeting on <paramref name="meetingDay"/>: the count day of the year before.</summary>
    public LocalDate CountDateFor(LocalDate meetingDay) => CountedOn.InYear(meetingDay.Year - 1);

    public int DelegatesFor(int payingMembers)
    {
        if (payingMembers <= 0)
        {
            return 0;
        }
        var beyond = Math.Max(0, payingMembers - BaseCovers);
        var extra = MembersPerExtra is { } per ? (StartedCounts ? (beyond + per - 1) / per : beyond / per) : 0;
        var delegates = BaseDelegates + extra;
        return MaxPerBranch is { } max ? Math.Min(max, delegates) : delegates;
    }

    /// <summary>The rule in the statutes' own words.</summary>
    public string Describe()
    {
        var text = BaseCovers > 0
            ? $"{BaseDelegates} utsendinger for de første {BaseCovers} betalende medlemmene"
            : $"{BaseDelegates} utsendinger for hvert lokallag med betalende medlemmer";
        if (MembersPerExtra is { } per)
        {
            text += $" og 1 for hver {(StartedCounts ? "påbegynte" : "fulle")} {per} medlemmer utover";
        }
        if (MaxPerBranch is { } max)
        {
            text += $", høyst {max} per lokallag";
        }
        return text + $". Medlemstallet per {CountedOn.Day}. {Plans.NorwegianDates.MonthNames[CountedOn.Month - 1]} året før teller.";
    }
}
