using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Branches;

public sealed class ScorecardSettingsInput
{
    public Guid OrganisationId { get; set; }
    public int MembersYellowPercent { get; set; }
    public int StudyYellowPercent { get; set; }
    public int ContactGreenDays { get; set; }
    public int ContactYellowDays { get; set; }
    public int CheckGreenDays { get; set; }
    public int CheckYellowDays { get; set; }
    public int RegionMeetingsGreen { get; set; }
    public int AnnualMeetingByMonth { get; set; }
    public List<Guid> RequiredPositionTypeIds { get; set; } = [];
    public List<Guid> MemberListPositionTypeIds { get; set; } = [];
    public bool KeepMemberNames { get; set; }
    public long Version { get; set; }
}

public sealed record PositionChoice(Guid Id, string Name);

public sealed record ScorecardSettingsView(ScorecardSettingsInput Settings, string OrganisationName, IReadOnlyList<PositionChoice> PositionTypes, bool CanManage);

/// <summary>An organisation's scorecard thresholds and member-list rules; until saved, sensible defaults from the position types' names.</summary>
public sealed class ScorecardSettingsService(AppDbContext db, Guard guard, OrganisationDirectory directory, MemberNames memberNames, MemberListRules rules)
{
    private readonly Dictionary<Guid, IReadOnlyList<PositionChoice>> positionTypes = [];

    /// <summary>
    /// The position types of the organisation's party in their order, read once per request: the settings form and the scorecard's
    /// empty positions use them.
    /// </summary>
    public async Task<IReadOnlyList<PositionChoice>> PositionTypesAsync(Guid organisationId)
    {
        var party = await directory.PartyOfAsync(organisationId) ?? Guid.Empty;
        if (!positionTypes.TryGetValue(party, out var types))
        {
            positionTypes[party] = types = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).OrderBy(t => t.SortOrder)
                .Select(t => new PositionChoice(t.Id, t.Name)).ToListAsync();
        }
        return types;
    }

    public Task<ScorecardSettings> ForAsync(Guid organisationId) => rules.ForAsync(organisationId);

    public async Task<ScorecardSettingsView?> GetAsync(Guid organisationId)
    {
        organisationId = await directory.FollowedUpFromAsync(organisationId);
        if (await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var s = await ForAsync(organisationId);
        var types = await PositionTypesAsync(organisationId);
        return new ScorecardSettingsView(new ScorecardSettingsInput
        {
            OrganisationId = organisationId, MembersYellowPercent = s.MembersYellowPercent, StudyYellowPercent = s.StudyYellowPercent,
            ContactGreenDays = s.ContactGreenDays, ContactYellowDays = s.ContactYellowDays, CheckGreenDays = s.CheckGreenDays, CheckYellowDays = s.CheckYellowDays,
            RegionMeetingsGreen = s.RegionMeetingsGreen, AnnualMeetingByMonth = s.AnnualMeetingByMonth, RequiredPositionTypeIds = s.RequiredPositionTypeIds,
            MemberListPositionTypeIds = s.MemberListPositionTypeIds, KeepMemberNames = s.KeepMemberNames, Version = s.Version,
        }, organisation.DisplayName, types, await guard.CoversOrganisation(organisationId));
    }

    public Task<Outcome<Guid>> SaveAsync(ScorecardSettingsInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var chosen = input.RequiredPositionTypeIds.Concat(input.MemberListPositionTypeIds).Distinct().ToList();
        var party = await directory.PartyOfAsync(input.OrganisationId);
        if (await db.PositionTypes.CountAsync(t => chosen.Contains(t.Id) && t.PartyId == party) != chosen.Count)
        {
            return Outcome<Guid>.Invalid(nameof(input.RequiredPositionTypeIds), "Velg verv som finnes i partiet.");
        }
        var settings = await db.ScorecardSettings.SingleOrDefaultAsync(s => s.OrganisationId == input.OrganisationId);
        if (settings is null)
        {
            settings = new ScorecardSettings(input.OrganisationId);
            db.ScorecardSettings.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, input.Version);
        }
        settings.SetThresholds(input.MembersYellowPercent, input.StudyYellowPercent, input.ContactGreenDays, input.ContactYellowDays, input.CheckGreenDays,
            input.CheckYellowDays, input.RegionMeetingsGreen, input.AnnualMeetingByMonth);
        settings.SetPositions(input.RequiredPositionTypeIds, input.MemberListPositionTypeIds, input.KeepMemberNames);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await memberNames.ApplyAsync(input.OrganisationId, input.KeepMemberNames);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        rules.Forget(input.OrganisationId);
        return settings.OrganisationId;
    });
}
