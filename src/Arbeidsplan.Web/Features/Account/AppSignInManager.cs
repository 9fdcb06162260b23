using System.Security.Claims;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>
/// Identity's sign-in with two additions: every sign-in starts a server-side session whose id the cookie or token carries, and a
/// deactivated user (or one whose positions have all ended) cannot sign in and is told why.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation,
    AppDbContext db, Sessions sessions, IClock clock)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public const string PositionsEnded = "Alle vervene dine er avsluttet, så brukeren din er deaktivert. Be fylkeskontoret om tilgang igjen hvis du har fått et nytt verv.";

    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var kind = AuthenticationScheme == IdentityConstants.BearerScheme ? SessionKind.Bearer : SessionKind.Cookie;
        var session = await sessions.StartAsync(user.Id, kind);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(ActorContext.SessionClaim, session.ToString())]);
    }

    /// <summary>Signs in a user whose password was checked already, or asks for the second step when two-factor sign-in is on.</summary>
    public Task<SignInResult> PasswordVerifiedAsync(AppUser user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        if (!await base.CanSignInAsync(user) || !user.IsActive)
        {
            return false;
        }
        if (!await PositionsAllEndedAsync(user))
        {
            return true;
        }
        user.DeactivatedAt = clock.GetCurrentInstant();
        user.DeactivationReason = PositionsEnded;
        await UserManager.UpdateAsync(user);
        return false;
    }

    // A user linked to a person who has held positions, none of them today; administrators and people who never held one keep their access.
    private async Task<bool> PositionsAllEndedAsync(AppUser user)
    {
        if (user.IsAdministrator || user.PersonId is not { } person)
        {
            return false;
        }
        var terms = await db.Positions.AsNoTracking().Where(p => p.PersonId == person).Select(p => p.Term).ToListAsync();
        var today = clock.Today();
        return terms.Count > 0 && terms.All(t => !t.IsActiveOn(today));
    }
}
