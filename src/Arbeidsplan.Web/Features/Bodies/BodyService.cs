using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Bodies;

public sealed class BodyInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public BodyKind Kind { get; set; } = BodyKind.Board;
    public string? Description { get; set; }

    /// <summary>Other organisations a joint body draws members from (as the samarbeidsstyre does).</summary>
    public List<Guid> MemberOrganisationIds { get; set; } = [];

    public long Version { get; set; }
}

public sealed record BodyDetails(
    Guid Id, string Name, BodyKind Kind, string? Description, Guid OrganisationId, string OrganisationName, long Version,
    bool CanEdit, IReadOnlyList<NamedItem> MemberOrganisations, IReadOnlyList<HolderItem> Members);

/// <summary>Boards, committees and forums: who sits on them, and their set-up.</summary>
public sealed class BodyService(AppDbContext db, Guard guard, CurrentAccess access, ScopeReader scopes, HolderQueries holders)
{
    public async Task<IReadOnlyList<BodyItem>> ListAsync(Guid organisationId) =>
        await guard.CoversOrganisation(organisationId)
            ? await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name)
                .Select(b => new BodyItem(b.Id, b.Name, b.Kind)).ToListAsync()
            : [];

    public async Task<BodyDetails?> DetailsAsync(Guid id)
    {
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Id, b.Name, b.Kind, b.Description, b.OrganisationId, b.Version,
                OrganisationName = db.Organisations.Where(o => o.Id == b.OrganisationId).Select(o => o.Name).First(),
                Members = b.MemberOrganisations.Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new NamedItem(o.Id, o.Name)).ToList(),
            })
            .SingleOrDefaultAsync();
        var scope = await access.ScopeAsync();
        if (body is null || !scope.CoversBody(body.Id, body.OrganisationId))
        {
            return null;
        }
        return new BodyDetails(body.Id, body.Name, body.Kind, body.Description, body.OrganisationId, body.OrganisationName, body.Version,
            scope.CoversOrganisation(body.OrganisationId), body.Members, await holders.ForBodyAsync(id));
    }

    public Task<Outcome<BodyItem>> CreateAsync(BodyInput input) => Outcome.Try(async () =>
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId) || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<BodyItem>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var body = new Body(input.OrganisationId, input.Name ?? "", input.Kind, input.Description);
        if (await CheckMembersAsync(input, body) is { } invalid)
        {
            return invalid;
        }
        body.DrawMembersFrom(input.MemberOrganisationIds ?? []);
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return new BodyItem(body.Id, body.Name, body.Kind);
    });

    public Task<Outcome<BodyItem>> UpdateAsync(Guid id, BodyInput input) => Outcome.Try(async () =>
    {
        var body = await db.Bodies.Include(b => b.MemberOrganisations).SingleOrDefaultAsync(b => b.Id == id);
        if (body is null || !await guard.CoversOrganisation(body.OrganisationId))
        {
            return Outcome<BodyItem>.NotFound();
        }
        db.ExpectVersion(body, input.Version);
        body.Update(input.Name ?? "", input.Kind, input.Description);
        if (await CheckMembersAsync(input, body) is { } invalid)
        {
            return invalid;
        }
        body.DrawMembersFrom(input.MemberOrganisationIds ?? []);
        await db.SaveChangesAsync();
        return new BodyItem(body.Id, body.Name, body.Kind);
    });

    /// <summary>The organisations exist, and those added hand the body's members nothing the actor does not hold.</summary>
    private async Task<Outcome<BodyItem>?> CheckMembersAsync(BodyInput input, Body body)
    {
        var ids = (input.MemberOrganisationIds ?? []).Distinct().ToList();
        if (await db.Organisations.CountAsync(o => ids.Contains(o.Id)) != ids.Count)
        {
            return Outcome<BodyItem>.Invalid(nameof(input.MemberOrganisationIds), "En av organisasjonene finnes ikke.");
        }
        var added = ids.Where(id => id != body.OrganisationId && body.MemberOrganisations.All(m => m.OrganisationId != id));
        Delegation.RequireMayDrawMembersFrom(await access.ScopeAsync(), added, await scopes.TreeAsync(), nameof(input.MemberOrganisationIds));
        return null;
    }
}
