using System.Security.Claims;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

public static class AccountEndpoints
{
    public sealed record Me(string? UserName, bool IsAdministrator, Guid? PersonId, IReadOnlyCollection<Guid> Organisations);

    public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode);

    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record ForgotRequest(string? Email);

    public sealed record InvitationRequest(Guid PersonId);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logg-ut", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn, Sessions sessions, ActorContext actor) =>
            {
                if (actor.SessionId is { } session)
                {
                    await sessions.EndAsync(session, "logget ut");
                }
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/logg-inn");
            })
            .Scoped(ScopeRule.SignedIn).ExcludeFromDescription();

        app.MapGet("/bytt-organisasjon", async (Guid id, string? tilbake, Guard guard, HttpContext http) =>
            {
                if (await guard.CoversOrganisation(id))
                {
                    http.Response.Cookies.Append(Components.Layout.OrganisationSwitcher.CookieName, id.ToString(),
                        new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(180) });
                }
                return TypedResults.LocalRedirect(LocalUrl.OrHome(tilbake));
            })
            .Scoped(ScopeRule.FilteredList).ExcludeFromDescription();

        var auth = app.MapGroup("/api/auth").WithTags("Konto");
        MapSignIn(auth);
        MapPasswordReset(auth);
        MapOwnAccount(app.MapGroup("/api/account").WithTags("Konto"));
        MapUsers(app.MapGroup("/api/users").WithTags("Brukere"));

        app.MapGet("/api/me", async (CurrentAccess access) =>
            {
                var scope = await access.ScopeAsync();
                return TypedResults.Ok(new Me(access.SignInName, scope.IsAdministrator, await access.PersonIdAsync(), scope.Organisations.ToList()));
            })
            .WithTags("Konto").Scoped(ScopeRule.SignedIn);

        var invitations = app.MapGroup("/api/invitations").WithTags("Invitasjoner");
        invitations.MapPost("/", async (InvitationRequest request, InvitationService service) =>
                (await service.CreateAsync(request.PersonId)).ToCreated(i => $"/api/invitations/{i.Id}"))
            .Scoped(ScopeRule.Organisation);
        invitations.MapGet("/", async (InvitationService service) => TypedResults.Ok(await service.ListOpenAsync()))
            .Scoped(ScopeRule.Administrator);
        invitations.MapPost("/{id:guid}/link", async (Guid id, InvitationService service) => (await service.RenewLinkAsync(id)).ToHttp())
            .Scoped(ScopeRule.Administrator);
        invitations.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFoundProblem>> (Guid id, InvitationService service) =>
                await service.RevokeAsync(id) ? TypedResults.NoContent() : Problems.NotFound())
            .Scoped(ScopeRule.Administrator);
    }

    private static void MapSignIn(RouteGroupBuilder auth)
    {
        // Sign-in answers problems of several statuses and titles, and its success body is written by the sign-in manager (the bearer
        // token, or nothing beside a cookie): the return type cannot name them, so they are listed by hand, with the 400 of a body that
        // cannot be read. The same for the refresh and the forgotten password below.
        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest login, bool? useCookies, LoginService logins) =>
            {
                var result = await logins.PasswordAsync(login.Email, login.Password, login.TwoFactorCode, bearer: useCookies != true);
                // On success the sign-in manager has already written the cookie or the bearer token.
                return result.Status switch
                {
                    LoginStatus.SignedIn => TypedResults.Empty,
                    LoginStatus.TooManyAttempts => TypedResults.Problem(result.Message, statusCode: 429, title: "For mange forsøk"),
                    LoginStatus.Deactivated => TypedResults.Problem(result.Message, statusCode: 403, title: "Brukeren er deaktivert"),
                    LoginStatus.TwoFactorRequired => TypedResults.Problem(result.Message + " Send den som twoFactorCode.", statusCode: 401, title: "Innlogging mislyktes",
                        extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true }),
                    _ => TypedResults.Problem(result.Message, statusCode: 401, title: "Innlogging mislyktes"),
                };
            })
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous().RequireRateLimiting(AccountServices.SignInPolicy);

        auth.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest request, IOptionsMonitor<BearerTokenOptions> options, AppSignInManager signIn, Sessions sessions, IClock clock) =>
            {
                var ticket = request.RefreshToken is { Length: > 0 } token ? options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(token) : null;
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetCurrentInstant().ToDateTimeOffset() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user
                    || !Guid.TryParse(ticket.Principal.FindFirstValue(ActorContext.SessionClaim), out var session) || !await sessions.IsActiveAsync(session, user.Id))
                {
                    return TypedResults.Problem("Tokenet er utløpt eller trukket tilbake. Logg inn på nytt.", statusCode: 401, title: "Ikke innlogget");
                }
                var principal = await signIn.CreateUserPrincipalAsync(user);
                ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ActorContext.SessionClaim, session.ToString()));
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous().RequireRateLimiting(AccountServices.SignInPolicy);

        auth.MapPost("/logout", async (Sessions sessions, ActorContext actor, SignInManager<AppUser> signIn, HttpContext http) =>
            {
                if (actor.SessionId is { } session)
                {
                    await sessions.EndAsync(session, "logget ut");
                }
                if (!AccountServices.IsBearer(http.Request))
                {
                    await signIn.SignOutAsync();
                }
                return TypedResults.NoContent();
            })
            .Scoped(ScopeRule.SignedIn);
    }

    /// <summary>A forgotten password: the link asked for by e-mail, and the new password set with it.</summary>
    private static void MapPasswordReset(RouteGroupBuilder auth)
    {
        auth.MapPost("/forgot-password", (ForgotRequest request, PasswordService passwords) =>
                TypedResults.Accepted((string?)null, new ResetRequested(passwords.RequestReset(request.Email))))
            .ProducesProblem(StatusCodes.Status400BadRequest).AllowAnonymous().RequireRateLimiting(AccountServices.SignInPolicy);

        auth.MapPost("/reset-password", async (PasswordReset input, PasswordService passwords) =>
                (await passwords.ResetAsync(input)).ToNoContent())
            .AllowAnonymous().RequireRateLimiting(AccountServices.SignInPolicy);
    }

    private static void MapOwnAccount(RouteGroupBuilder account)
    {
        account.MapPost("/password", async (PasswordChange input, PasswordService passwords) =>
                (await passwords.ChangeAsync(input)).ToNoContent())
            .Scoped(ScopeRule.SignedIn).RequireRateLimiting(AccountServices.SignInPolicy);
        account.MapGet("/two-factor", async (TwoFactorService twoFactor) => (await twoFactor.StatusAsync()).ToHttp())
            .Scoped(ScopeRule.SignedIn);
        account.MapPost("/two-factor", async (TwoFactorInput input, TwoFactorService twoFactor) =>
                (await twoFactor.EnableAsync(input)).ToHttp(codes => TypedResults.Ok(new TwoFactorEnabled(codes))))
            .Scoped(ScopeRule.SignedIn).RequireRateLimiting(AccountServices.SignInPolicy);
        account.MapDelete("/two-factor", async (TwoFactorService twoFactor) => (await twoFactor.DisableAsync()).ToNoContent())
            .Scoped(ScopeRule.SignedIn);
    }

    private static void MapUsers(RouteGroupBuilder users)
    {
        users.MapGet("/", async (UserAdministration admin) => TypedResults.Ok(await admin.ListAsync())).Scoped(ScopeRule.Administrator);
        users.MapPost("/{id}/deactivate", async (string id, DeactivationInput input, UserAdministration admin) =>
            (await admin.DeactivateAsync(id, input)).ToNoContent()).Scoped(ScopeRule.Administrator);
        users.MapPost("/{id}/reactivate", async (string id, UserAdministration admin) =>
            (await admin.ReactivateAsync(id)).ToNoContent()).Scoped(ScopeRule.Administrator);
        users.MapPost("/{id}/reset-link", async (string id, PasswordService passwords) => (await passwords.IssueResetAsync(id)).ToHttp())
            .Scoped(ScopeRule.Administrator);
    }
}

/// <summary>Two-factor sign-in turned on, with the recovery codes shown this once.</summary>
public sealed record TwoFactorEnabled(IReadOnlyList<string> RecoveryCodes);

/// <summary>The same answer whether the address has an account or not.</summary>
public sealed record ResetRequested(string Message);
