using Microsoft.AspNetCore.Components;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// Where a form low on a page posts to: the page's own address with an anchor, so the browser comes back to the form and its
/// errors, not to the top of the page. A redirect after saving keeps the anchor unless it names its own.
/// </summary>
public static class FormAnchor
{
    public static string At(NavigationManager navigation, string id) => $"{new Uri(navigation.Uri).PathAndQuery}#{id}";
}
