using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Account;

public sealed record ShellInfo(
    bool SignedIn, string? UserName, bool IsAdministrator, bool IsDemo,
    IReadOnlyList<NamedItem> Organisations, Guid? SelectedId, string? SelectedName);

/// <summary>What the page frame shows: who is signed in, whether this is the demo, and which organisation is chosen.</summary>
public sealed class OrganisationSwitcher(AppDbContext db, CurrentAccess access, IHttpContextAccessor http)
{
    public const string CookieName = "ap-org";

    private ShellInfo? loaded;

    public async Task<ShellInfo> LoadAsync() => loaded ??= await ReadAsync();

    private async Task<ShellInfo> ReadAsync()
    {
        var isDemo = await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == SystemSetting.DemoLoadedAt);
        if (access.UserId is null)
        {
            return new ShellInfo(false, null, false, isDemo, [], null, null);
        }
        var scope = await access.ScopeAsync();
        var query = db.Organisations.AsNoTracking();
        if (!scope.IsAdministrator)
        {
            var ids = scope.Organisations.ToList();
            query = query.Where(o => ids.Contains(o.Id));
        }
        // Branch leaders see their branch; everyone with more than branches sees the levels above.
        var upper = query.Where(o => o.Kind != OrganisationKind.Local);
        var chosen = await upper.AnyAsync() ? upper : query;
        var organisations = await chosen.OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new NamedItem(o.Id, o.Name)).Take(200).ToListAsync();
        var selected = SelectedFromCookie() is { } id && organisations.FirstOrDefault(o => o.Id == id) is { } hit
            ? hit
            : organisations.FirstOrDefault();
        return new ShellInfo(true, access.ActorName, scope.IsAdministrator, isDemo, organisations, selected?.Id, selected?.Name);
    }

    public async Task<Guid?> SelectedOrganisationAsync() => (await LoadAsync()).SelectedId;

    private Guid? SelectedFromCookie() =>
        Guid.TryParse(http.HttpContext?.Request.Cookies[CookieName], out var id) ? id : null;
}
