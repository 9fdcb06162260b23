using System.Security.Cryptography;
using Arbeidsplan.Domain.Reminders;
using Microsoft.AspNetCore.DataProtection;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>What a signed link in a reminder lets its holder do: stop one kind, or choose all their reminders.</summary>
public sealed record LinkGrant(Guid PersonId, ReminderKind? Kind);

/// <summary>
/// Signed, time-limited links in every reminder: one stops the message's kind with one click (the List-Unsubscribe header too), one
/// opens the person's choices, so people without a user account manage theirs. A link that is changed or older than half a year
/// reads as nothing.
/// </summary>
public sealed class ReminderLinks(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Arbeidsplan.Reminders.Links").ToTimeLimitedDataProtector();

    public string Unsubscribe(Guid personId, ReminderKind kind) => protector.Protect($"stop|{personId:N}|{ReminderKinds.Slug(kind)}", Lifetime);

    public string Preferences(Guid personId) => protector.Protect($"choose|{personId:N}|", Lifetime);

    /// <summary>What the token grants; null for one that is forged, damaged or expired.</summary>
    public LinkGrant? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            if (parts.Length != 3 || !Guid.TryParseExact(parts[1], "N", out var person))
            {
                return null;
            }
            return parts[0] switch
            {
                "stop" when ReminderKinds.FromSlug(parts[2]) is { } kind => new LinkGrant(person, kind),
                "choose" => new LinkGrant(person, null),
                _ => null,
            };
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
