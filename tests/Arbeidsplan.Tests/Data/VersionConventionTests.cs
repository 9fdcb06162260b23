using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;

namespace Arbeidsplan.Tests.Data;

/// <summary>
/// A row an editable owner holds in a collection, with no version of its own, is a part of the owner: adding or removing it must move
/// the owner's version (<see cref="IVersionedPart"/>), or a stale edit of the owner would undo it. A new kind of part cannot be
/// forgotten: it is either marked, or listed here with the reason it does not change its owner.
/// </summary>
public sealed class VersionConventionTests
{
    // Collections an owner holds that are not edits of it.
    private static readonly Dictionary<string, string> NotParts = new()
    {
        ["StatusNote"] = "a measure's status history grows by notes, each saved with the measure's status through its own form",
    };

    [Fact]
    public void CollectionOfAVersionedOwner_IsAVersionedPart_OrListedWithAReason()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        var unmarked = db.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetNavigations().Where(n => n.IsCollection).Select(n => n.TargetEntityType))
            .Where(t => !t.IsOwned() && !typeof(IVersioned).IsAssignableFrom(t.ClrType) && !typeof(IVersionedPart).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name).Where(name => !NotParts.ContainsKey(name)).Distinct().Order().ToList();

        Assert.True(unmarked.Count == 0, "Children of a versioned owner that neither move its version nor say why: " + string.Join(", ", unmarked));
    }

    [Fact]
    public void VersionedRow_ChecksItsVersionOnSave()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        var unguarded = db.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType))
            .Where(t => t.FindProperty(nameof(IVersioned.Version)) is not { IsConcurrencyToken: true }).Select(t => t.ClrType.Name).ToList();

        Assert.True(unguarded.Count == 0, "Versioned rows saved without checking the version: " + string.Join(", ", unguarded));
    }
}
