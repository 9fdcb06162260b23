using System.Text;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

/// <param name="SharedKey">The key to type into the app, in groups of four; empty once set up.</param>
/// <param name="AuthenticatorUri">The otpauth:// address an app takes instead of the key; empty once set up.</param>
public sealed record TwoFactorStatus(bool Enabled, bool Required, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft);

public sealed class TwoFactorInput
{
    public string? Code { get; set; }
}

/// <summary>Two-factor sign-in with an authenticator app (TOTP, through Identity): required for system administrators, offered to everyone.</summary>
public sealed class TwoFactorService(UserManager<AppUser> users, ActorContext actor, Sessions sessions, IConfiguration configuration)
{
    private bool RequiredForAdministrators => configuration.GetValue("Security:RequireTwoFactorForAdministrators", true);

    public async Task<Outcome<TwoFactorStatus>> StatusAsync()
    {
        if (await UserAsync() is not { } user)
        {
            return Outcome<TwoFactorStatus>.NotFound();
        }
        var required = user.IsAdministrator && !user.IsDemo && RequiredForAdministrators;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new TwoFactorStatus(true, required, null, null, await users.CountRecoveryCodesAsync(user));
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Arbeidsplan:" + user.Email)}?secret={key}&issuer=Arbeidsplan&digits=6";
        return new TwoFactorStatus(false, required, Grouped(key!), uri, 0);
    }

    /// <summary>Turns it on with a first code from the app; the answer holds ten recovery codes, shown this once.</summary>
    public async Task<Outcome<IReadOnlyList<string>>> EnableAsync(TwoFactorInput input)
    {
        if (await UserAsync() is not { } user)
        {
            return Outcome<IReadOnlyList<string>>.NotFound();
        }
        var code = (input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Outcome<IReadOnlyList<string>>.Invalid(nameof(input.Code), "Koden stemmer ikke. Skriv de seks sifrene appen viser nå.");
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
    }

    public async Task<Outcome<bool>> DisableAsync()
    {
        if (await UserAsync() is not { } user)
        {
            return Outcome<bool>.NotFound();
        }
        if (user.IsAdministrator && !user.IsDemo && RequiredForAdministrators)
        {
            return Outcome<bool>.Invalid("Code", "Systemadministratorer må ha tofaktorinnlogging.");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await sessions.EndAllAsync(user.Id, "tofaktor slått av", except: actor.SessionId);
        return true;
    }

    private async Task<AppUser?> UserAsync() => actor.UserId is { } id ? await users.FindByIdAsync(id) : null;

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
