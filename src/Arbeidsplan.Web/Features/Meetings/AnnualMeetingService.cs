using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The steps of an organisation's annual meeting (a meeting of its body of the kind <see cref="BodyKind.AnnualMeeting"/>): the
/// constitution, the delegates each branch may send by the statutes' rule from its paying members, and what it adopted. Those who
/// read the meeting read them; those who plan it (who cover the organisation) record them. The elections are <see cref="ElectionService"/>.
/// </summary>
public sealed class AnnualMeetingService(AppDbContext db, Guard guard, OrganisationDirectory directory, RegisterSnapshots snapshots, IClock clock)
{
    public const string NotAnnualMeeting = "Møtet er ikke et årsmøte. Årsmøtets steg hører til møtene i et organ av typen årsmøte.";

    public async Task<AnnualMeetingView?> FindAsync(Guid meetingId)
    {
        if (await ReadableAsync(meetingId) is not { } meeting)
        {
            return null;
        }
        var organisation = await directory.FindAsync(meeting.OrganisationId);
        // The constitution, the plans adopted and the organisation's delegate rule in one query: each is a row or a few.
        var found = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new
        {
            Constitution = db.Constitutions.FirstOrDefault(c => c.MeetingId == m.Id),
            Rule = db.DelegateRules.FirstOrDefault(r => r.OrganisationId == m.OrganisationId),
            Plans = db.Plans.Where(p => p.AdoptedAtMeetingId == m.Id).OrderBy(p => p.Title).Select(p => new { p.Id, p.Title, p.PeriodFrom, p.PeriodTo }).ToList(),
        }).SingleAsync();
        var constitution = found.Constitution;
        return new AnnualMeetingView(meeting.Id, meeting.OrganisationId, organisation?.DisplayName ?? "", meeting.Title, meeting.StartsAt, meeting.Status,
            constitution is null ? null : new ConstitutionRow(constitution.Chair, constitution.MinuteTaker, constitution.FirstSigner, constitution.SecondSigner, constitution.Counters),
            constitution?.Version ?? 0, await DelegatesAsync(meeting.OrganisationId, meeting.StartsAt.Date, found.Rule),
            await ElectionService.RowsAsync(db, meetingId),
            [.. found.Plans.Select(p => new AdoptedPlanRow(p.Id, p.Title, new Domain.Plans.PlanPeriod(p.PeriodFrom, p.PeriodTo).Label))],
            await guard.EditsBody(MeetingService.Ref(meeting)));
    }

    public Task<Outcome<ConstitutionRow>> ConstituteAsync(Guid meetingId, ConstitutionInput input) => Outcome.Try(async () =>
    {
        if (await EditableAsync<ConstitutionRow>(meetingId) is { Error: { } error })
        {
            return error;
        }
        var counters = input.VoteCounters.SelectMany(c => c.Split('\n', ',', ';')).ToList();
        var existing = await db.Constitutions.SingleOrDefaultAsync(c => c.MeetingId == meetingId);
        if (existing is null)
        {
            existing = new Constitution(meetingId, input.Chair ?? "", input.MinuteTaker ?? "", input.FirstSigner ?? "", input.SecondSigner ?? "", counters);
            db.Constitutions.Add(existing);
        }
        else
        {
            db.ExpectVersion(existing, input.Version);
            existing.Set(input.Chair ?? "", input.MinuteTaker ?? "", input.FirstSigner ?? "", input.SecondSigner ?? "", counters);
        }
        await db.SaveChangesAsync();
        return new ConstitutionRow(existing.Chair, existing.MinuteTaker, existing.FirstSigner, existing.SecondSigner, existing.Counters);
    });

    /// <summary>The organisation's rule, or the usual one until it has its own, and each branch's delegates to a meeting on the day.</summary>
    public async Task<DelegateAllocation> DelegatesAsync(Guid organisationId, LocalDate meetingDay) =>
        await DelegatesAsync(organisationId, meetingDay, await db.DelegateRules.AsNoTracking().SingleOrDefaultAsync(r => r.OrganisationId == organisationId));

    /// <param name="own">The organisation's own rule, when the caller has read it; null when it has none.</param>
    private async Task<DelegateAllocation> DelegatesAsync(Guid organisationId, LocalDate meetingDay, DelegateRule? own)
    {
        var rule = own ?? DelegateRule.Usual(organisationId);
        var countDate = rule.CountDateFor(meetingDay);
        var snapshot = (await snapshots.ForAsync(organisationId)).FirstOrDefault(s => s.TakenOn <= countDate);
        var counts = snapshot is null
            ? []
            : await db.BranchCounts.AsNoTracking().Where(c => c.SnapshotId == snapshot.Id).ToDictionaryAsync(c => c.BranchId, c => c.Paying);
        var branches = (await directory.BelowAsync(organisationId, OrganisationKind.Local))
            .Select(b =>
            {
                int? paying = snapshot is null ? null : counts.GetValueOrDefault(b.Id);
                return new BranchDelegates(b.Id, b.DisplayName, paying, rule.DelegatesFor(paying ?? 0));
            })
            .OrderBy(b => b.Branch, NorwegianText.Comparer).ToList();
        return new DelegateAllocation(rule.Describe(), own is not null, DelegateRuleInput.Of(rule), own?.Version ?? 0, countDate, snapshot?.TakenOn, branches);
    }

    /// <summary>Sets the statutes' rule for the organisation: those who cover it (who plan its annual meeting) enter it.</summary>
    public Task<Outcome<DelegateAllocation>> SetRuleAsync(Guid organisationId, DelegateRuleInput input, LocalDate? meetingDay = null) => Outcome.Try(async () =>
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return Outcome<DelegateAllocation>.NotFound("Fant ikke organisasjonen.");
        }
        if (!await guard.CoversOrganisation(organisationId))
        {
            return Outcome<DelegateAllocation>.Forbidden("Bare de som har ansvaret for organisasjonen, kan endre vedtektenes regel for utsendinger.");
        }
        if (input.CountMonth is < 1 or > 12 || input.CountDay < 1 || input.CountDay > CalendarSystem.Iso.GetDaysInMonth(2001, input.CountMonth))
        {
            return Outcome<DelegateAllocation>.Invalid(nameof(input.CountDay), "Telledatoen må være en dag i året, for eksempel 31.12.");
        }
        var counted = new AnnualDate(input.CountMonth, input.CountDay);
        var rule = await db.DelegateRules.SingleOrDefaultAsync(r => r.OrganisationId == organisationId);
        if (rule is null)
        {
            db.DelegateRules.Add(new DelegateRule(organisationId, input.BaseDelegates, input.BaseCovers, input.MembersPerExtra, input.StartedCounts, input.MaxPerBranch, counted));
        }
        else
        {
            db.ExpectVersion(rule, input.Version);
            rule.Set(input.BaseDelegates, input.BaseCovers, input.MembersPerExtra, input.StartedCounts, input.MaxPerBranch, counted);
        }
        await db.SaveChangesAsync();
        return await DelegatesAsync(organisationId, meetingDay ?? clock.Today());
    });

    /// <summary>The annual meeting the actor reads; null when it is not one, or out of their sight.</summary>
    internal async Task<Meeting?> ReadableAsync(Guid meetingId) => (await LookUpAsync(meetingId)) is { Kind: BodyKind.AnnualMeeting } found ? found.Meeting : null;

    /// <summary>The annual meeting when the actor records its steps; otherwise the outcome to answer with.</summary>
    internal async Task<(Meeting? Meeting, Outcome<T>? Error)> EditableAsync<T>(Guid meetingId)
    {
        // Whether a meeting is an annual meeting is said only to those who read it.
        switch (await LookUpAsync(meetingId))
        {
            case null:
                return (null, Outcome<T>.NotFound("Fant ikke møtet."));
            case { Kind: not BodyKind.AnnualMeeting }:
                return (null, Outcome<T>.Invalid("MeetingId", NotAnnualMeeting));
            case { Meeting: var meeting }:
                return await guard.EditsBody(MeetingService.Ref(meeting)) ? (meeting, null) : (null, Outcome<T>.Forbidden(MeetingService.PlannersOnly));
        }
    }

    private async Task<(Meeting Meeting, BodyKind Kind)?> LookUpAsync(Guid meetingId)
    {
        var found = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { Meeting = m, Kind = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Kind).First() }).SingleOrDefaultAsync();
        return found is not null && await guard.ReadsBody(MeetingService.Ref(found.Meeting)) ? (found.Meeting, found.Kind) : null;
    }
}
