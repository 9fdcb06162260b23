using System.Security.Claims;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>Writes the person a user is linked to into the sign-in, so the audit can name the person without a lookup.</summary>
public sealed class UserClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is { } person)
        {
            identity.AddClaim(new Claim(ActorContext.PersonClaim, person.ToString()));
        }
        return identity;
    }
}
