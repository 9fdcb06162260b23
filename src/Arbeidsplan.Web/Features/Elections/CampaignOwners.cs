using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>An office a person holds today: its type and where (an organisation, or a body when <see cref="OnBody"/>).</summary>
public sealed record HeldOffice(Guid TypeId, Guid Place, bool OnBody);

/// <summary>
/// Who owns a campaign task: a person in the plan's organisation or below it, an office held in the organisation or on one of its
/// bodies (so the task follows the office when it changes hands), or one of its bodies. The template's roles become the party's
/// offices with those roles, held in the plan's organisation.
/// </summary>
public sealed class CampaignOwners(AppDbContext db, OrganisationDirectory directory)
{
    public static FollowUpOwner Of(CampaignTaskInput input) => new(input.PersonId, input.PersonId is null ? input.PositionTypeId : null,
        input.PersonId is null && input.PositionTypeId is not null ? input.HeldInId ?? input.OrganisationId : null,
        input.PersonId is null && input.PositionTypeId is null ? input.BodyId : null);

    public static bool Owns(CampaignTask task, Guid? me, IReadOnlyList<HeldOffice> held) =>
        me is not null && (task.PersonId == me
            || task.OwnerBodyId is { } body && held.Any(h => h.OnBody && h.Place == body)
            || task.PositionTypeId is { } type && held.Any(h => h.TypeId == type && h.Place == task.HeldInId));

    /// <summary>The office of the party with the role (the first in the party's order), held in the organisation; the leader's when none has it.</summary>
    public async Task<FollowUpOwner?> ForRoleAsync(Guid organisationId, PositionRole role)
    {
        var types = await TypesAsync(organisationId);
        return (types.FirstOrDefault(t => t.Roles.HasFlag(role)) ?? types.FirstOrDefault(t => t.Roles.HasFlag(PositionRole.Leads))) is { } type
            ? new FollowUpOwner(null, type.Id, organisationId, null) : null;
    }

    public async Task<CampaignOwnerChoices> ChoicesAsync(Guid organisationId) => new(
        [.. (await TypesAsync(organisationId)).Select(t => new NamedItem(t.Id, t.Name))],
        await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name).Select(b => new NamedItem(b.Id, b.Name)).ToListAsync());

    /// <summary>What is wrong with the owner named for a task of the organisation's plan, or null.</summary>
    public async Task<(string Field, string Message)?> ErrorAsync(CampaignTaskInput input, Guid organisationId)
    {
        if (input.PersonId is { } person)
        {
            var within = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
            return await db.Persons.AnyAsync(p => p.Id == person && EF.Parameter(within).Contains(p.OrganisationId)) ? null
                : ("PersonId", "Velg en person i organisasjonen eller under den.");
        }
        if (input.PositionTypeId is { } type)
        {
            if (!(await TypesAsync(organisationId)).Any(t => t.Id == type))
            {
                return ("PositionTypeId", "Velg et verv partiet har.");
            }
            var place = input.HeldInId ?? organisationId;
            return place == organisationId || await db.Bodies.AnyAsync(b => b.Id == place && b.OrganisationId == organisationId) ? null
                : ("HeldInId", "Vervet må være i organisasjonen som har planen, eller i et av organene dens.");
        }
        if (input.BodyId is { } body)
        {
            return await db.Bodies.AnyAsync(b => b.Id == body && b.OrganisationId == organisationId) ? null : ("BodyId", "Velg et av organisasjonens organer.");
        }
        return ("PositionTypeId", "Velg hvem som har ansvaret: et verv eller et organ.");
    }

    private sealed record TypeOf(Guid Id, string Name, PositionRole Roles);

    private async Task<List<TypeOf>> TypesAsync(Guid organisationId)
    {
        var party = await directory.PartyOfAsync(organisationId) ?? Guid.Empty;
        return await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new TypeOf(t.Id, t.Name, t.Roles)).ToListAsync();
    }
}
