using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>
/// Finds the position type, body or organisation a measure's owner text names: "Organisatorisk nestleder",
/// "Fylkesstyret", "Regionkontaktene" (plural and definite forms), or the first of several ("Leder og AU"). Only the plan's own
/// party is searched: its position types and its organisations.
/// </summary>
public sealed class OwnerResolver(AppDbContext db, OrganisationDirectory directory)
{
    /// <summary>The words and signs that join several owners in one text: "Leder og AU", "Leder/nestleder".</summary>
    internal static readonly string[] Separators = [",", "/", " og ", "+", ";"];

    private readonly Dictionary<string, MeasureOwner> assumed = new(StringComparer.Ordinal);
    private Names? names;

    /// <summary>An owner created during this import (a new position type or body): its text links to it from now on.</summary>
    public void Assume(string text, MeasureOwner owner) => assumed[text.Trim()] = owner;

    public async Task<MeasureOwner?> ResolveAsync(string? text, Guid planOrganisationId)
    {
        var owner = text?.Trim();
        if (string.IsNullOrEmpty(owner))
        {
            return null;
        }
        if (assumed.TryGetValue(owner, out var created))
        {
            return created;
        }
        var (types, bodies, organisations) = names ??= await LoadAsync(planOrganisationId);
        foreach (var part in Parts(owner))
        {
            var key = Stem(part);
            if (bodies.FirstOrDefault(b => b.Key == key) is { Id: var body } && body != Guid.Empty)
            {
                return new MeasureOwner(owner, BodyId: body);
            }
            if (types.FirstOrDefault(t => t.Key == key) is { Id: var type } && type != Guid.Empty)
            {
                return new MeasureOwner(owner, PositionTypeId: type);
            }
            if (organisations.FirstOrDefault(o => o.Key == key) is { Id: var org } && org != Guid.Empty)
            {
                return new MeasureOwner(owner, OrganisationId: org);
            }
        }
        return new MeasureOwner(owner);
    }

    /// <summary>The names to look for, read once per resolver (one plan's import): its party's types and organisations, its own bodies.</summary>
    private async Task<Names> LoadAsync(Guid planOrganisationId)
    {
        var party = await directory.PartyOfAsync(planOrganisationId) ?? Guid.Empty;
        var types = (await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).Select(t => new { t.Name, t.Id }).ToListAsync())
            .SelectMany(t => t.Name.Split('/').Select(n => (Stem(n), t.Id))).ToList();
        var bodies = (await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == planOrganisationId).Select(b => new { b.Name, b.Id }).ToListAsync())
            .Select(b => (Stem(b.Name), b.Id)).ToList();
        var ofParty = (await directory.TreeAsync()).SelfAndDescendants(party).ToHashSet();
        var organisations = (await directory.AllAsync()).Where(o => ofParty.Contains(o.Id))
            .SelectMany(o => new[] { (Stem(o.Name), o.Id), (Stem(o.ShortName ?? o.Name), o.Id) }).ToList();
        return new Names(types, bodies, organisations);
    }

    private sealed record Names(List<(string Key, Guid Id)> Types, List<(string Key, Guid Id)> Bodies, List<(string Key, Guid Id)> Organisations);

    private static IEnumerable<string> Parts(string owner)
    {
        yield return owner;
        foreach (var part in owner.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
    }

    /// <summary>Lower case without plural or definite endings: "Regionkontaktene" and "regionkontakt" meet.</summary>
    internal static string Stem(string name)
    {
        var s = name.Trim().ToLowerInvariant();
        foreach (var ending in new[] { "ene", "ane", "er", "en", "et", "a", "e" })
        {
            if (s.Length - ending.Length >= 4 && s.EndsWith(ending, StringComparison.Ordinal))
            {
                return s[..^ending.Length];
            }
        }
        return s;
    }
}
