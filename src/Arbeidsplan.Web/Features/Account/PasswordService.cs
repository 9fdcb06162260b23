using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

public sealed class PasswordChange
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
}

public sealed class PasswordReset
{
    public string? UserId { get; set; }
    public string? Token { get; set; }
    public string? NewPassword { get; set; }
}

/// <summary>
/// Passwords: changed by their owner, reset by a link sent to the account's own e-mail address. A new password ends every other
/// sign-in of the user at once.
/// </summary>
public sealed class PasswordService(
    UserManager<AppUser> users, AppSignInManager signIn, Sessions sessions, ActorContext actor, Guard guard, EmailSender email, AppLinks links,
    IHttpContextAccessor http)
{
    public const string ResetAnswer = "Hvis adressen hører til en bruker, har vi sendt en lenke for å lage nytt passord. Lenken virker i ett døgn.";

    public async Task<Outcome<bool>> ChangeAsync(PasswordChange input)
    {
        if (actor.UserId is not { } id || await users.FindByIdAsync(id) is not { } user)
        {
            return Outcome<bool>.NotFound();
        }
        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword ?? "", input.NewPassword ?? "");
        if (!changed.Succeeded)
        {
            var wrong = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return Outcome<bool>.Invalid(wrong ? nameof(input.CurrentPassword) : nameof(input.NewPassword), string.Join(" ", changed.Errors.Select(e => e.Description)));
        }
        if (http.HttpContext?.Request is { } request && AccountServices.IsBearer(request))
        {
            await sessions.EndAllAsync(user.Id, "nytt passord", except: actor.SessionId);
        }
        else
        {
            // This browser gets a new session; every other one, and this one's old session, ends.
            await sessions.EndAllAsync(user.Id, "nytt passord");
            await signIn.RefreshSignInAsync(user);
        }
        return true;
    }

    /// <summary>Answers at once, the same for every address; the link is made and sent after the answer, to the account's own e-mail.</summary>
    public string RequestReset(string? address)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("A reset is asked for in a request.");
        var origin = links.Base;
        AfterResponse.Run(context, async services =>
        {
            var manager = services.GetRequiredService<UserManager<AppUser>>();
            if (string.IsNullOrWhiteSpace(address) || await manager.FindByEmailAsync(address.Trim()) is not { IsActive: true, Email: { } to } user)
            {
                return;
            }
            var link = await LinkAsync(manager, user, origin);
            await services.GetRequiredService<EmailSender>().TrySendAsync(to, "Nytt passord i Arbeidsplan",
                $"Hei!\n\nNoen (forhåpentligvis du) har bedt om å lage nytt passord for {to} i Arbeidsplan. Åpne lenken for å velge et nytt:\n{link}\n\n" +
                "Lenken virker i ett døgn og bare én gang. Har du ikke bedt om dette, kan du se bort fra e-posten.");
        });
        return ResetAnswer;
    }

    /// <summary>An administrator's reset for a user: sent to the account's address when e-mail is set up, otherwise the link is shown to the administrator.</summary>
    public async Task<Outcome<ResetLink>> IssueResetAsync(string userId)
    {
        if (!await guard.IsAdministrator() || await users.FindByIdAsync(userId) is not { Email: { } to } user)
        {
            return Outcome<ResetLink>.NotFound();
        }
        var link = await LinkAsync(users, user, links.Base);
        if (email.IsConfigured && await email.TrySendAsync(to, "Nytt passord i Arbeidsplan",
                $"Hei!\n\nEn administrator har laget en lenke så du kan velge nytt passord i Arbeidsplan:\n{link}\n\nLenken virker i ett døgn og bare én gang."))
        {
            return new ResetLink(to, null, true);
        }
        return new ResetLink(to, link, false);
    }

    public async Task<Outcome<bool>> ResetAsync(PasswordReset input)
    {
        var user = input.UserId is { Length: > 0 } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return Outcome<bool>.Invalid(nameof(input.Token), "Lenken er brukt, utløpt eller ugyldig. Be om en ny.");
        }
        var reset = await users.ResetPasswordAsync(user, input.Token ?? "", input.NewPassword ?? "");
        if (!reset.Succeeded)
        {
            var badToken = reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            return badToken
                ? Outcome<bool>.Invalid(nameof(input.Token), "Lenken er brukt, utløpt eller ugyldig. Be om en ny.")
                : Outcome<bool>.Invalid(nameof(input.NewPassword), string.Join(" ", reset.Errors.Select(e => e.Description)));
        }
        await sessions.EndAllAsync(user.Id, "nytt passord");
        return true;
    }

    private static async Task<string> LinkAsync(UserManager<AppUser> manager, AppUser user, string origin)
    {
        var token = await manager.GeneratePasswordResetTokenAsync(user);
        return $"{origin}/nytt-passord?bruker={Uri.EscapeDataString(user.Id)}&kode={Uri.EscapeDataString(token)}";
    }
}

/// <summary>A reset made by an administrator: sent by e-mail, or the link itself when no e-mail is set up.</summary>
public sealed record ResetLink(string Email, string? Link, bool EmailSent);
