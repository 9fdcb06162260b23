using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>A standard item as the form and the API send it.</summary>
public sealed class AgendaItemInput
{
    public string? Title { get; set; }
    public CaseKind Kind { get; set; }
    public AgendaPlace Place { get; set; }
    public string? ProposedDecision { get; set; }
}

/// <summary>The body's quorum rule as the form sends it: a least number, or none for more than half.</summary>
public sealed class QuorumInput
{
    public int? AtLeast { get; set; }
    public long? Version { get; set; }
}

public sealed record AgendaItemRow(Guid? Id, string Title, CaseKind Kind, string KindLabel, AgendaPlace Place, string? ProposedDecision, long Version);

/// <summary>A body's meeting set-up: its standard items (its own, or the usual ones while it has none) and its quorum rule.</summary>
public sealed record BodySetupView(Guid BodyId, Guid OrganisationId, string BodyName, bool OwnItems, IReadOnlyList<AgendaItemRow> Items, int? QuorumAtLeast,
    string QuorumText, bool CanEdit, long Version);

/// <summary>
/// What every meeting of a body starts with, as data per body: the standard items a new agenda opens and closes with, and the
/// quorum its statutes set. Read by those who read the body, kept by those who plan its meetings. The first change to the items
/// makes the usual ones the body's own, so they can be changed one by one.
/// </summary>
public sealed class BodySetup(AppDbContext db, Guard guard)
{
    public async Task<BodySetupView?> ViewAsync(Guid bodyId)
    {
        if (await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId) is not { } body
            || !await guard.ReadsBody(new BodyRef(body.OrganisationId, body.Id)))
        {
            return null;
        }
        var (items, own) = await ItemsForAsync(db, bodyId);
        return new BodySetupView(body.Id, body.OrganisationId, body.Name, own,
            [.. items.Select(i => new AgendaItemRow(own ? i.Id : null, i.Title, i.Kind, i.Kind.Label(), i.Place, i.ProposedDecision, i.Version))], body.QuorumAtLeast, body.Quorum.Describe,
            await guard.EditsBody(new BodyRef(body.OrganisationId, body.Id)), body.Version);
    }

    public Task<Outcome<Guid>> AddItemAsync(Guid bodyId, AgendaItemInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(bodyId) is { } error)
        {
            return error;
        }
        var own = await OwnItemsAsync(bodyId);
        var order = own.Where(i => i.Place == input.Place).Select(i => i.Order + 1).DefaultIfEmpty(0).Max();
        var item = new StandardAgendaItem(bodyId, input.Title ?? "", input.Kind, input.Place, order, input.ProposedDecision);
        db.StandardAgendaItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    });

    public Task<Outcome<Guid>> RemoveItemAsync(Guid bodyId, Guid itemId, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(bodyId) is { } error)
        {
            return error;
        }
        await OwnItemsAsync(bodyId);
        if (db.StandardAgendaItems.Local.FirstOrDefault(i => i.Id == itemId && i.BodyId == bodyId) is not { } item)
        {
            return Outcome<Guid>.NotFound("Fant ikke den faste saken.");
        }
        db.ExpectVersion(item, version);
        db.StandardAgendaItems.Remove(item);
        await db.SaveChangesAsync();
        return itemId;
    });

    public Task<Outcome<Guid>> SetQuorumAsync(Guid bodyId, QuorumInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(bodyId) is { } error)
        {
            return error;
        }
        var body = await db.Bodies.SingleAsync(b => b.Id == bodyId);
        if (AppDbContext.IsStale(body, input.Version))
        {
            return Outcome<Guid>.Conflict("Organet er endret av noen andre siden du åpnet siden. Last den på nytt og prøv igjen.");
        }
        body.SetQuorum(new QuorumRule(input.AtLeast));
        await db.SaveChangesAsync();
        return bodyId;
    });

    /// <summary>
    /// The items a new meeting of the body opens and closes with, in agenda order: its own, or while it has none the usual ones, with
    /// the executive committee's decisions for a board whose organisation has one. Whether they are the body's own.
    /// </summary>
    internal static async Task<(IReadOnlyList<StandardAgendaItem> Items, bool Own)> ItemsForAsync(AppDbContext db, Guid bodyId)
    {
        var own = await db.StandardAgendaItems.AsNoTracking().Where(i => i.BodyId == bodyId).ToListAsync();
        if (own.Count > 0)
        {
            return (StandardAgendaItem.InOrder(own), true);
        }
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => new
        {
            b.Kind,
            WithCommittee = b.Kind == Domain.Register.BodyKind.Board
                && db.Bodies.Any(c => c.OrganisationId == b.OrganisationId && c.Kind == Domain.Register.BodyKind.ExecutiveCommittee),
        }).SingleAsync();
        return (StandardAgendaItem.InOrder(body.Kind == Domain.Register.BodyKind.AnnualMeeting
            ? StandardAgendaItem.AnnualMeetingDefaults
            : StandardAgendaItem.DefaultsFor(body.WithCommittee)), false);
    }

    /// <summary>The body's own items; the first time, the usual ones are copied in as its own, so a change starts from what meetings had.</summary>
    private async Task<List<StandardAgendaItem>> OwnItemsAsync(Guid bodyId)
    {
        var own = await db.StandardAgendaItems.Where(i => i.BodyId == bodyId).ToListAsync();
        if (own.Count > 0)
        {
            return own;
        }
        var copied = (await ItemsForAsync(db, bodyId)).Items.Select(d => new StandardAgendaItem(bodyId, d.Title, d.Kind, d.Place, d.Order, d.ProposedDecision)).ToList();
        db.StandardAgendaItems.AddRange(copied);
        return copied;
    }

    /// <summary>Null when the actor plans the body's meetings; otherwise not found (out of sight) or forbidden.</summary>
    private async Task<Outcome<Guid>?> EditableAsync(Guid bodyId)
    {
        if (await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => (BodyRef?)new BodyRef(b.OrganisationId, b.Id)).SingleOrDefaultAsync() is not { } body
            || !await guard.ReadsBody(body))
        {
            return Outcome<Guid>.NotFound("Fant ikke organet.");
        }
        return await guard.EditsBody(body) ? null : Outcome<Guid>.Forbidden(MeetingService.PlannersOnly);
    }
}
