using Arbeidsplan.Domain.Common;
using System.Security.Cryptography;
using Arbeidsplan.Domain.Reminders;
using Microsoft.AspNetCore.DataProtection;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>What a signed link in a reminder lets its holder do: stop the kinds it names, or (naming none) choose all their reminders.</summary>
public sealed record LinkGrant(Guid PersonId, IReadOnlyList<ReminderKind> Stops)
{
    public bool Chooses => Stops.Count == 0;

    /// <summary>The kinds stopped, as the page and the answer name them: «Tiltak med frist» og «Innkalling».</summary>
    public string StopsLabel => NorwegianText.List(Stops.Select(k => $"«{ReminderKinds.Label(k)}»").ToList());
}

/// <summary>
/// Signed, time-limited links in every reminder: one stops a kind with one click (the List-Unsubscribe header the kinds of the whole
/// message), one
/// opens the person's choices, so people without a user account manage theirs. A link that is changed or older than half a year
/// reads as nothing.
/// </summary>
public sealed class ReminderLinks(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    /// <summary>What the pages and the API say of a link that reads as nothing.</summary>
    public const string Gone = "Lenken er ugyldig eller for gammel, så ingenting er endret. Bruk lenken i en nyere påminnelse, eller logg inn og velg påminnelser under Varsler.";

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Arbeidsplan.Reminders.Links").ToTimeLimitedDataProtector();

    public string Unsubscribe(Guid personId, IEnumerable<ReminderKind> kinds) =>
        protector.Protect($"stop|{personId:N}|{string.Join(',', kinds.Select(ReminderKinds.Slug))}", Lifetime);

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
            if (parts[0] == "choose")
            {
                return new LinkGrant(person, []);
            }
            var kinds = parts[2].Split(',').Select(ReminderKinds.FromSlug).ToList();
            return parts[0] == "stop" && kinds.Count > 0 && kinds.All(k => k is not null) ? new LinkGrant(person, kinds.Select(k => k!.Value).ToList()) : null;
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
