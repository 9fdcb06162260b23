using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A body's standing invitees, kept by those who edit its meetings. An invitation lets its holder read the body's meetings, so it
/// names only people the editor may see, and nobody invites themselves.
/// </summary>
public sealed class StandingInviteeService(AppDbContext db, Guard guard, CurrentAccess access, PersonService persons, OrganisationDirectory directory,
    NodaTime.IClock clock)
{
    public async Task<IReadOnlyList<InviteeRow>?> ListAsync(Guid bodyId) =>
        await BodyAsync(bodyId) is { } body && await guard.ReadsBody(body) ? await RowsAsync(bodyId) : null;

    /// <summary>The body's invitees and whether the actor keeps the list, for the page that manages it; null outside their sight.</summary>
    public async Task<(string BodyName, Guid OrganisationId, IReadOnlyList<InviteeRow> Rows, InviteeChoices? Choices)?> PageAsync(Guid bodyId)
    {
        var found = await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => new { Ref = new BodyRef(b.OrganisationId, b.Id), b.Name }).SingleOrDefaultAsync();
        if (found is null || !await guard.ReadsBody(found.Ref))
        {
            return null;
        }
        var body = found.Ref;
        return (found.Name, body.OrganisationId, await RowsAsync(bodyId), await guard.EditsBody(body) ? await ChoicesAsync(body) : null);
    }

    /// <summary>The rows of a body the caller has already checked the reader may see (the meeting page has).</summary>
    public async Task<IReadOnlyList<InviteeRow>> RowsAsync(Guid bodyId)
    {
        var rows = await db.StandingInvitees.AsNoTracking().Where(i => i.BodyId == bodyId)
            .Select(i => new
            {
                i.Id,
                i.Right,
                i.PersonId,
                i.PositionTypeId,
                i.HeldInId,
                i.Version,
                Person = db.Persons.Where(p => p.Id == i.PersonId).Select(p => p.Name).FirstOrDefault(),
                Type = db.PositionTypes.Where(t => t.Id == i.PositionTypeId).Select(t => t.Name).FirstOrDefault(),
                Where = db.Organisations.Where(o => o.Id == i.HeldInId).Select(o => o.Name).FirstOrDefault()
                    ?? db.Bodies.Where(b => b.Id == i.HeldInId).Select(b => b.Name).FirstOrDefault(),
            }).ToListAsync();
        return [.. rows.Select(r => new InviteeRow(r.Id, r.Person ?? $"{r.Type} i {r.Where}", StandingInvitee.Label(r.Right), r.Right, r.Version)
        {
            Invitation = new MeetingRoster.Invitation(r.PersonId, r.PositionTypeId, r.HeldInId, r.Right),
        }).OrderBy(r => r.Who, StringComparer.Ordinal)];
    }

    public Task<Outcome<Guid>> AddAsync(Guid bodyId, InviteeInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await BodyAsync(bodyId) is not { } body || !await guard.ReadsBody(body))
        {
            return Outcome<Guid>.NotFound("Fant ikke organet.");
        }
        if (!await guard.EditsBody(body))
        {
            return Outcome<Guid>.Forbidden(MeetingService.PlannersOnly);
        }
        if (input.PersonId == await access.PersonIdAsync() && input.PersonId is not null)
        {
            return Outcome<Guid>.Invalid(nameof(input.PersonId), "Du kan ikke invitere deg selv.");
        }
        if (await WhoErrorAsync(input.PersonId, input.PositionTypeId, input.HeldInId) is { } wrong)
        {
            return Outcome<Guid>.Invalid(wrong.Field, wrong.Message);
        }
        var added = new StandingInvitee(bodyId, input.PersonId, input.PersonId is null ? input.PositionTypeId : null, input.PersonId is null ? input.HeldInId : null, input.Right);
        db.StandingInvitees.Add(added);
        await db.SaveChangesAsync();
        return added.Id;
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid bodyId, Guid inviteeId, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await BodyAsync(bodyId) is not { } body || !await guard.ReadsBody(body)
            || await db.StandingInvitees.SingleOrDefaultAsync(i => i.Id == inviteeId && i.BodyId == bodyId) is not { } invitee)
        {
            return Outcome<Guid>.NotFound("Fant ikke den inviterte.");
        }
        if (!await guard.EditsBody(body))
        {
            return Outcome<Guid>.Forbidden(MeetingService.PlannersOnly);
        }
        db.ExpectVersion(invitee, version);
        db.StandingInvitees.Remove(invitee);
        await db.SaveChangesAsync();
        return inviteeId;
    });

    /// <summary>
    /// What is wrong with a person or an office named for a place or a task, or null: the person must be one the actor may see, the
    /// position type must exist, and where it is held must be an organisation or body the actor reads.
    /// </summary>
    public async Task<(string Field, string Message)?> WhoErrorAsync(Guid? personId, Guid? positionTypeId, Guid? heldInId)
    {
        if (personId is { } person)
        {
            return await persons.IsInScopeAsync(person) ? null : ("PersonId", "Velg en person du har tilgang til.");
        }
        if (positionTypeId is not { } type)
        {
            return null;
        }
        if (!await db.PositionTypes.AnyAsync(t => t.Id == type))
        {
            return ("PositionTypeId", "Velg et verv som finnes.");
        }
        var heldIn = heldInId ?? Guid.Empty;
        var organisation = await db.Organisations.AnyAsync(o => o.Id == heldIn) ? heldIn
            : await db.Bodies.Where(b => b.Id == heldIn).Select(b => (Guid?)b.OrganisationId).SingleOrDefaultAsync();
        return organisation is { } org && await guard.ReadsOrganisation(org) ? null : ("HeldInId", "Velg organisasjonen eller organet vervet er i.");
    }

    /// <summary>
    /// The choices for the form: people holding positions today in the body's organisation, the organisations right under it and
    /// their bodies (at most 500, by name), the position types, and those organisations and bodies as places.
    /// </summary>
    public async Task<InviteeChoices> ChoicesAsync(BodyRef body)
    {
        var (bodyId, organisation) = (body.BodyId, body.OrganisationId);
        var orgs = (await directory.AllAsync()).Where(o => o.Id == organisation || o.ParentId == organisation)
            .OrderBy(o => o.Id == organisation ? 0 : 1).ThenBy(o => o.Name, NorwegianText.Comparer).Select(o => new NamedItem(o.Id, o.Name)).ToList();
        var orgIds = orgs.Select(o => o.Id).ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => orgIds.Contains(b.OrganisationId) && b.Id != bodyId).OrderBy(b => b.Name)
            .Select(b => new { b.Id, b.Name, b.OrganisationId }).ToListAsync();
        var places = orgIds.Concat(bodies.Select(b => b.Id)).ToList();
        var today = clock.Today();
        var people = await db.Persons.AsNoTracking()
            .Where(p => db.Positions.Any(x => x.PersonId == p.Id && ((x.OrganisationId != null && places.Contains(x.OrganisationId.Value)) || (x.BodyId != null && places.Contains(x.BodyId.Value)))
                && x.Term.From <= today && (x.Term.To == null || x.Term.To >= today)))
            .OrderBy(p => p.Name).Take(500).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync();
        // The offices held in those places, not every type of the party.
        var types = await db.PositionTypes.AsNoTracking()
            .Where(t => db.Positions.Any(x => x.PositionTypeId == t.Id && ((x.OrganisationId != null && places.Contains(x.OrganisationId.Value)) || (x.BodyId != null && places.Contains(x.BodyId.Value)))))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name).Select(t => new NamedItem(t.Id, t.Name)).ToListAsync();
        var names = orgs.ToDictionary(o => o.Id, o => o.Name);
        return new InviteeChoices(people, types, [.. orgs, .. bodies.Select(b => new NamedItem(b.Id, $"{b.Name} ({names[b.OrganisationId]})"))]);
    }

    private Task<BodyRef?> BodyAsync(Guid bodyId) =>
        db.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => (BodyRef?)new BodyRef(b.OrganisationId, b.Id)).SingleOrDefaultAsync();
}
