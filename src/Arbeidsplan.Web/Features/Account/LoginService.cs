using Arbeidsplan.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

public enum LoginStatus
{
    SignedIn,
    Failed,
    TwoFactorRequired,
    Deactivated,
    TooManyAttempts,
}

public sealed record LoginResult(LoginStatus Status, string Message)
{
    public static readonly LoginResult Wrong = new(LoginStatus.Failed, "Feil e-post eller passord.");
}

/// <summary>
/// Signs a user in with password and, where set up, a code from an authenticator app. An unknown address takes as long and gets
/// the same answer as a wrong password; a deactivated user learns why only with the right password.
/// </summary>
public sealed class LoginService(
    UserManager<AppUser> users, AppSignInManager signIn, IPasswordHasher<AppUser> hasher, LoginThrottle throttle, DeviceTrust devices,
    IHttpContextAccessor http)
{
    private static readonly AppUser Nobody = new() { Id = "ingen" };
    private static string? nobodyHash;

    public async Task<LoginResult> PasswordAsync(string? email, string? password, string? code, bool bearer)
    {
        var name = email?.Trim() ?? "";
        if (!Admit(name))
        {
            return new LoginResult(LoginStatus.TooManyAttempts, TooManyAttempts.Message);
        }
        var user = name.Length == 0 ? null : await users.FindByEmailAsync(name);
        if (user is null)
        {
            // The same hashing work as for a real account, so the answer's timing tells nothing.
            hasher.VerifyHashedPassword(Nobody, nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password ?? "");
            return LoginResult.Wrong;
        }
        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            return LoginResult.Wrong;
        }
        if (!await signIn.CanSignInAsync(user))
        {
            return new LoginResult(LoginStatus.Deactivated, user.DeactivationReason ?? "Brukeren er deaktivert. Ta kontakt med en administrator.");
        }
        signIn.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordVerifiedAsync(user);
        if (result.RequiresTwoFactor)
        {
            return string.IsNullOrWhiteSpace(code)
                ? new LoginResult(LoginStatus.TwoFactorRequired, "Skriv koden fra autentiseringsappen.")
                : await CodeAsync(code, bearer);
        }
        devices.Remember(http.HttpContext, name);
        return new LoginResult(LoginStatus.SignedIn, "");
    }

    /// <summary>The second step: a six-digit code from the app, or one of the recovery codes.</summary>
    public async Task<LoginResult> CodeAsync(string? code, bool bearer)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user?.Email is not { } email)
        {
            return new LoginResult(LoginStatus.Failed, "Innloggingen er utløpt. Begynn på nytt med e-post og passord.");
        }
        if (!Admit(email))
        {
            return new LoginResult(LoginStatus.TooManyAttempts, TooManyAttempts.Message);
        }
        signIn.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var typed = (code ?? "").Trim();
        var clean = typed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = clean.Length == 6 ? await signIn.TwoFactorAuthenticatorSignInAsync(clean, isPersistent: false, rememberClient: false) : SignInResult.Failed;
        if (!result.Succeeded && clean.Length > 6)
        {
            // Recovery codes are stored as written ("ab12c-3de45"), dash and all.
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(typed.Replace(" ", "", StringComparison.Ordinal));
        }
        if (!result.Succeeded)
        {
            return new LoginResult(LoginStatus.Failed, "Feil kode. Bruk den sekssifrede koden appen viser nå, eller en av reservekodene.");
        }
        devices.Remember(http.HttpContext, email);
        return new LoginResult(LoginStatus.SignedIn, "");
    }

    private bool Admit(string name) => devices.IsTrusted(http.HttpContext, name) || throttle.TryAttempt(name);
}
