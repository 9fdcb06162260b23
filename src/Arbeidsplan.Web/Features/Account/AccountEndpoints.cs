using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.Account;

public static class AccountEndpoints
{
    public sealed record Me(string? UserName, bool IsAdministrator, Guid? PersonId, IReadOnlyCollection<Guid> Organisations);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logg-ut", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/logg-inn");
            })
            .Scoped(ScopeRule.SignedIn).ExcludeFromDescription();

        app.MapGet("/bytt-organisasjon", async (Guid id, string? tilbake, Guard guard, HttpContext http) =>
            {
                if (await guard.CoversOrganisation(id))
                {
                    http.Response.Cookies.Append(OrganisationSwitcher.CookieName, id.ToString(),
                        new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(180) });
                }
                return Results.LocalRedirect(LocalUrl.OrHome(tilbake));
            })
            .Scoped(ScopeRule.FilteredList).ExcludeFromDescription();

        app.MapPost("/api/auth/login", async (LoginRequest login, bool? useCookies, SignInManager<AppUser> signIn) =>
            {
                signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(login.Email ?? "", login.Password ?? "", isPersistent: false, lockoutOnFailure: true);
                if (!result.Succeeded)
                {
                    return Results.Problem(result.IsLockedOut ? "Kontoen er midlertidig låst etter for mange mislykkede forsøk." : "Feil e-post eller passord.",
                        statusCode: StatusCodes.Status401Unauthorized, title: "Innlogging mislyktes");
                }
                // The sign-in manager has already written the cookie or the bearer token.
                return TypedResults.Empty;
            })
            .WithTags("Konto").AllowAnonymous();

        app.MapGet("/api/me", async (CurrentAccess access) =>
            {
                var scope = await access.ScopeAsync();
                return TypedResults.Ok(new Me(access.ActorName, scope.IsAdministrator, await access.PersonIdAsync(), scope.Organisations.ToList()));
            })
            .WithTags("Konto").Scoped(ScopeRule.SignedIn);

        var invitations = app.MapGroup("/api/invitations").WithTags("Invitasjoner");
        invitations.MapPost("/", async (InvitationRequest request, InvitationService service) =>
                (await service.CreateAsync(request.PersonId)).ToCreated(i => $"/api/invitations/{i.Id}"))
            .Scoped(ScopeRule.Organisation);
        invitations.MapGet("/", async (InvitationService service) => TypedResults.Ok(await service.ListOpenAsync()))
            .Scoped(ScopeRule.Administrator);
        invitations.MapDelete("/{id:guid}", async (Guid id, InvitationService service) =>
                await service.RevokeAsync(id) ? Results.NoContent() : Problems.NotFound())
            .Scoped(ScopeRule.Administrator);
    }

    public sealed record InvitationRequest(Guid PersonId);

    public sealed record LoginRequest(string? Email, string? Password);
}
