using System.Security.Claims;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>
/// Runs after authentication on every request: a cookie or token whose session has ended (sign-out, new password, deactivated user)
/// counts as not signed in, and an administrator without two-factor sign-in reaches nothing but its set-up.
/// </summary>
public static class SignInChecks
{
    public const string TwoFactorSetupPath = "/konto/tofaktor";

    // What an administrator may reach before two-factor sign-in is set up.
    private static readonly string[] OpenBeforeTwoFactor =
        [TwoFactorSetupPath, "/api/account/two-factor", "/logg-ut", "/api/auth/logout", "/_framework", "/ikke-funnet", "/feil", "/health"];

    public static IApplicationBuilder UseSignInChecks(this WebApplication app)
    {
        var requireTwoFactor = app.Configuration.GetValue("Security:RequireTwoFactorForAdministrators", true);
        return app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await next();
                return;
            }
            var access = context.RequestServices.GetRequiredService<CurrentAccess>();
            if (!await access.IsSignedInAsync())
            {
                if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else if (requireTwoFactor && !IsOpen(context.Request.Path) && await access.MustSetUpTwoFactorAsync() && !IsStaticFile(context))
            {
                await RefuseAsync(context);
                return;
            }
            await next();
        });
    }

    private static bool IsOpen(PathString path) => OpenBeforeTwoFactor.Any(p => path.StartsWithSegments(p));

    private static bool IsStaticFile(HttpContext context) => Path.HasExtension(context.Request.Path.Value) && !context.Request.Path.StartsWithSegments("/api");

    private static async Task RefuseAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(TwoFactorSetupPath);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden, Title = "Tofaktorinnlogging mangler",
                Detail = "Systemadministratorer må sette opp tofaktorinnlogging med en autentiseringsapp før de kan gjøre noe annet. Se " + TwoFactorSetupPath + ".",
            },
        });
    }
}
