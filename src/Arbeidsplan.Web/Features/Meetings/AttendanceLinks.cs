using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Whose answer to which meeting a signed link in a notice carries.</summary>
public sealed record AnswerGrant(Guid MeetingId, Guid PersonId);

/// <summary>
/// Signed links in a notice that let its receiver answer kommer or forfall without a user account: the link names the meeting and
/// the person and nothing else, opens a page that asks (a mail scanner's visit changes nothing), and reads as nothing when changed
/// or older than half a year.
/// </summary>
public sealed class AttendanceLinks(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public const string Gone = "Lenken er ugyldig eller for gammel, så ingenting er lagret. Bruk lenken i den siste innkallingen, eller logg inn og svar på møtesiden.";

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Arbeidsplan.Meetings.Answer").ToTimeLimitedDataProtector();

    public string Answer(Guid meetingId, Guid personId) => protector.Protect($"answer|{meetingId:N}|{personId:N}", Lifetime);

    public AnswerGrant? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 3 && parts[0] == "answer" && Guid.TryParseExact(parts[1], "N", out var meeting) && Guid.TryParseExact(parts[2], "N", out var person)
                ? new AnswerGrant(meeting, person)
                : null;
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
