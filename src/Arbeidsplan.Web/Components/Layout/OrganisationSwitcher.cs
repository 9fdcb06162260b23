using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Components.Layout;

public sealed record ShellInfo(
    bool SignedIn, string? UserName, bool IsAdministrator, bool IsDemo,
    IReadOnlyList<NamedItem> Organisations, Guid? SelectedId, string? SelectedName);

/// <summary>What the page frame shows: who is signed in, whether this is the demo, and which organisation is chosen.</summary>
public sealed class OrganisationSwitcher(AppDbContext db, CurrentAccess access, OrganisationDirectory directory, IHttpContextAccessor http)
{
    public const string CookieName = "ap-org";

    private ShellInfo? loaded;

    public async Task<ShellInfo> LoadAsync() => loaded ??= await ReadAsync();

    private async Task<ShellInfo> ReadAsync()
    {
        var isDemo = await access.DemoLoadedAsync() ?? await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == SystemSetting.DemoLoadedAt);
        if (access.UserId is null)
        {
            return new ShellInfo(false, null, false, isDemo, [], null, null);
        }
        var scope = await access.ScopeAsync();
        // The request's organisation list is read once and shared with access and the features.
        var visible = (await directory.AllAsync()).Where(o => scope.IsAdministrator || scope.CoversOrganisation(o.Id)).ToList();
        // Branch leaders see their branch; everyone with more than branches sees the levels above (a few hundred at most even for
        // a federation's administrator, so all of them: a list cut short would hide the one wanted).
        var upper = visible.Where(o => o.Kind != OrganisationKind.Local).ToList();
        var organisations = (upper.Count > 0 ? upper : visible).OrderBy(o => o.Kind).ThenBy(o => o.Name, NorwegianText.Comparer)
            .Select(o => new NamedItem(o.Id, o.Name)).ToList();
        var selected = SelectedFromCookie() is { } id && organisations.FirstOrDefault(o => o.Id == id) is { } hit
            ? hit
            : organisations.FirstOrDefault();
        return new ShellInfo(true, access.ActorName, scope.IsAdministrator, isDemo, organisations, selected?.Id, selected?.Name);
    }

    public async Task<Guid?> SelectedOrganisationAsync() => (await LoadAsync()).SelectedId;

    private Guid? SelectedFromCookie() =>
        Guid.TryParse(http.HttpContext?.Request.Cookies[CookieName], out var id) ? id : null;
}
