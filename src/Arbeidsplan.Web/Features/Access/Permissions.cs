using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>How an endpoint or page limits what it shows and changes to the user's scope.</summary>
public enum ScopeRule
{
    /// <summary>Reference data any signed-in user may read (municipalities, position types).</summary>
    SignedIn,

    /// <summary>Works on one organisation (or a thing that belongs to one) and checks it is in scope.</summary>
    Organisation,

    /// <summary>Lists only what lies in the user's scope.</summary>
    FilteredList,

    /// <summary>Set-up for system administrators only.</summary>
    Administrator,
}

public static class Policies
{
    public const string SignedIn = "SignedIn";
    public const string Administrator = "Administrator";

    /// <summary>Bearer token when the request carries one, else the sign-in cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    // The policies name no scheme: the request's user is the one authentication (cookie or bearer) found and the sign-in checks
    // kept, so a session that has ended stays signed out instead of being authenticated again from its cookie or token.
    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new AdministratorRequirement()));
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}

/// <summary>Requires sign-in and declares the scope rule; one line on every page and endpoint.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ScopeAttribute : AuthorizeAttribute
{
    public ScopeAttribute(ScopeRule rule)
        : base(rule == ScopeRule.Administrator ? Policies.Administrator : Policies.SignedIn) => Rule = rule;

    public ScopeRule Rule { get; }
}

public static class ScopeEndpointExtensions
{
    /// <summary>The rule, and the answers it gives before the handler runs (401 without sign-in; 403 to all but administrators on their routes) for the OpenAPI document.</summary>
    public static TBuilder Scoped<TBuilder>(this TBuilder builder, ScopeRule rule) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ScopeAttribute(rule)).DescribesProblem(StatusCodes.Status401Unauthorized);
        return rule == ScopeRule.Administrator ? builder.DescribesProblem(StatusCodes.Status403Forbidden) : builder;
    }
}

/// <summary>The user is a system administrator.</summary>
public sealed class AdministratorRequirement : IAuthorizationRequirement;

public sealed class AdministratorHandler(CurrentAccess access) : AuthorizationHandler<AdministratorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        if ((await access.ScopeAsync()).IsAdministrator)
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The organisation given as resource lies in the user's scope.</summary>
public sealed class OrganisationScopeRequirement : IAuthorizationRequirement
{
    public static readonly OrganisationScopeRequirement Instance = new();
}

public sealed class OrganisationScopeHandler(CurrentAccess access) : AuthorizationHandler<OrganisationScopeRequirement, Guid>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationScopeRequirement requirement, Guid organisationId)
    {
        if ((await access.ReachAsync()).Covers(organisationId))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The organisation given as resource is in scope or above it: what plans and other published documents may be read.</summary>
public sealed class OrganisationReadRequirement : IAuthorizationRequirement
{
    public static readonly OrganisationReadRequirement Instance = new();
}

public sealed class OrganisationReadHandler(CurrentAccess access) : AuthorizationHandler<OrganisationReadRequirement, Guid>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationReadRequirement requirement, Guid organisationId)
    {
        if ((await access.ReachAsync()).Reads(organisationId))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The body's meetings may be read: by those who cover its organisation, its members today and its standing invitees.</summary>
public sealed class BodyReadRequirement : IAuthorizationRequirement
{
    public static readonly BodyReadRequirement Instance = new();
}

public sealed class BodyReadHandler(CurrentAccess access) : AuthorizationHandler<BodyReadRequirement, BodyRef>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BodyReadRequirement requirement, BodyRef body)
    {
        if ((await access.ReachAsync()).Covers(body.OrganisationId) || await access.SeatAsync(body.BodyId) is { Sits: true } or { Invited: true })
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// The body's meetings may be planned and edited: by its leader and secretary, and by those who cover its organisation otherwise
/// than by a seat on it (an ordinary member's seat gives the organisation, not the body's agenda).
/// </summary>
public sealed class BodyEditRequirement : IAuthorizationRequirement
{
    public static readonly BodyEditRequirement Instance = new();
}

public sealed class BodyEditHandler(CurrentAccess access) : AuthorizationHandler<BodyEditRequirement, BodyRef>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BodyEditRequirement requirement, BodyRef body)
    {
        var seat = await access.SeatAsync(body.BodyId, withInvitation: false);
        if (seat.Edits || (await (seat.Sits ? access.ReachBesidesAsync(body.BodyId) : access.ReachAsync())).Covers(body.OrganisationId))
        {
            context.Succeed(requirement);
        }
    }
}
