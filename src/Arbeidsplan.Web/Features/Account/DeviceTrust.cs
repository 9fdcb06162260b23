using Microsoft.AspNetCore.DataProtection;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>
/// Remembers, in a signed cookie, the accounts that have signed in from this browser, so the per-account attempt limit does not
/// apply there: an outsider guessing a password cannot keep the owner out of her own browser.
/// </summary>
public sealed class DeviceTrust(IDataProtectionProvider protection)
{
    public const string CookieName = "ap-enhet";

    private readonly IDataProtector protector = protection.CreateProtector("Arbeidsplan.DeviceTrust.v1");

    public bool IsTrusted(HttpContext? context, string accountName)
    {
        if (context?.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return false;
        }
        try
        {
            return protector.Unprotect(value).Split('\n').Contains(Normalise(accountName));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Remember(HttpContext? context, string accountName)
    {
        if (context is null || context.Response.HasStarted)
        {
            return;
        }
        var names = new List<string> { Normalise(accountName) };
        if (context.Request.Cookies[CookieName] is { Length: > 0 } value)
        {
            try
            {
                names.AddRange(protector.Unprotect(value).Split('\n').Where(n => n != names[0]).Take(4));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // A cookie from another key or a forged one is replaced.
            }
        }
        context.Response.Cookies.Append(CookieName, protector.Protect(string.Join('\n', names)), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(180),
        });
    }

    private static string Normalise(string accountName) => accountName.Trim().ToUpperInvariant();
}
