using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The election rules kept as data: where each nomination step's target starts in a new election, and the election act's list
/// rules by election and council size. Read by everyone signed in (the list page checks against them), kept by administrators.
/// </summary>
public sealed class ElectionRuleService(AppDbContext db, Guard guard, ListRuleBands cached)
{
    public async Task<ElectionRulesView> ViewAsync()
    {
        var defaults = await db.StepDefaults.AsNoTracking().ToListAsync();
        var bands = await db.ListRuleBands.AsNoTracking().ToListAsync();
        // A band reaches from the seats above the one below it, so the page can say «24–53 mandater».
        int? From(ListRuleBand b) => bands.Where(o => o.Kind == b.Kind && o.CountyList == b.CountyList && o.UpToSeats < (b.UpToSeats ?? int.MaxValue))
            .Max(o => o.UpToSeats) is { } below ? below + 1 : null;
        return new ElectionRulesView(
            [.. defaults.OrderBy(d => d.Kind).Select(d => new StepDefaultRow(d.Kind, d.Kind.Label(), d.YearsBefore, d.Month, d.Day, d.Version))],
            [.. bands.OrderBy(b => b.Kind).ThenBy(b => b.CountyList).ThenBy(b => b.UpToSeats ?? int.MaxValue)
                .Select(b => new ListBandRow(b.Id, b.Kind, b.Kind.Label(), b.CountyList, From(b), b.UpToSeats, b.MinNames, b.MinFromSeats, b.ExtraNames,
                    b.MaxCumulated, b.Version))],
            await guard.IsAdministrator());
    }

    /// <summary>Changes the rows given, all or none; a row changed by someone else since it was read is refused.</summary>
    public Task<Outcome<ElectionRulesView>> SetAsync(ElectionRulesInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<ElectionRulesView>.Forbidden("Bare administratorer endrer valgreglene.");
        }
        var defaults = await db.StepDefaults.ToDictionaryAsync(d => d.Kind);
        // A null in the lists (JSON «[null]») changes nothing, as a row left out does.
        foreach (var given in (input.StepDefaults ?? []).OfType<StepDefaultInput>())
        {
            if (!defaults.TryGetValue(given.Kind, out var row))
            {
                return Outcome<ElectionRulesView>.Invalid(nameof(input.StepDefaults), "Et av stegene finnes ikke.");
            }
            db.ExpectVersion(row, given.Version);
            row.Set(given.YearsBefore, given.Month, given.Day);
        }
        var bands = await db.ListRuleBands.ToDictionaryAsync(b => b.Id);
        var view = await ViewAsync();
        foreach (var given in (input.ListBands ?? []).OfType<ListBandInput>())
        {
            if (!bands.TryGetValue(given.Id, out var band))
            {
                return Outcome<ElectionRulesView>.Invalid(nameof(input.ListBands), $"Listeregel {given.Id} finnes ikke.");
            }
            db.ExpectVersion(band, given.Version);
            try
            {
                band.Set(given.MinNames, given.MinFromSeats, given.ExtraNames, given.MaxCumulated);
            }
            catch (Domain.Common.RuleViolation e)
            {
                // Said with the band it is about: the page has six of them.
                return Outcome<ElectionRulesView>.Invalid(nameof(input.ListBands), $"{view.ListBands.Single(b => b.Id == band.Id).Lists} ({band.Kind.Label()}): {e.Message}");
            }
        }
        await db.SaveChangesAsync();
        cached.Changed();
        return await ViewAsync();
    });
}
