using System.Reflection;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Support;

/// <summary>A query string parameter a route reads, with its type.</summary>
public sealed record QueryParameter(string Name, Type Type);

/// <summary>One method on one route the app maps, with what it declares: its scope rule, whether it is a page, what it reads.</summary>
public sealed record WalkRoute(string Method, string Pattern, ScopeRule? Rule, bool IsAnonymous, bool IsPage, IReadOnlyList<QueryParameter> Query, bool HasBody)
{
    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    public bool Changes => Method is "POST" or "PUT" or "DELETE" or "PATCH";

    /// <summary>The route names one thing by its id ("/api/plans/{id}", "/api/bodies/{bodyId}/invitees"): outside scope it answers 404.</summary>
    public bool Addresses => System.Text.RegularExpressions.Regex.IsMatch(Pattern, @"\{(id|\w*Id)[:}]");

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>Every route of the app, read from its endpoint metadata, the API explorer and the pages' query parameters.</summary>
public static class RouteCatalog
{
    public static IReadOnlyList<WalkRoute> Read(IServiceProvider services)
    {
        var explorer = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .ToLookup(d => $"{d.HttpMethod} /{d.RelativePath?.Split('?')[0].TrimStart('/')}");
        var routes = new List<WalkRoute>();
        foreach (var endpoint in services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (IsStaticAsset(endpoint))
            {
                continue;
            }
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var described = explorer[$"{method} {pattern}"].FirstOrDefault() ?? explorer[$"{method} {pattern}/"].FirstOrDefault();
                var query = component is not null ? PageQuery(component)
                    : described?.ParameterDescriptions.Where(p => p.Source == BindingSource.Query)
                        .Select(p => new QueryParameter(p.Name, Nullable.GetUnderlyingType(p.Type ?? typeof(string)) ?? p.Type ?? typeof(string))).ToList()
                    ?? [];
                var hasBody = described?.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile) ?? false;
                routes.Add(new WalkRoute(method, pattern, endpoint.Metadata.GetMetadata<ScopeAttribute>()?.Rule,
                    endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null, component is not null, query, hasBody));
            }
        }
        return routes;
    }

    private static bool IsStaticAsset(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || e.RoutePattern.RawText?.Contains("_framework") == true
        || e.RoutePattern.RawText?.Contains(":file}") == true;

    private static List<QueryParameter> PageQuery(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => new QueryParameter(x.a!.Name ?? x.p.Name, Nullable.GetUnderlyingType(x.p.PropertyType) ?? x.p.PropertyType))
            .ToList();
}
