using System.Security.Claims;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>Writes the person a user is linked to (id and name) into the sign-in, so the audit and the records can name the person without a lookup.</summary>
public sealed class UserClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is { } person)
        {
            identity.AddClaim(new Claim(ActorContext.PersonClaim, person.ToString()));
            if (await db.Persons.AsNoTracking().Where(p => p.Id == person).Select(p => p.Name).SingleOrDefaultAsync() is { Length: > 0 } name)
            {
                identity.AddClaim(new Claim(ActorContext.PersonNameClaim, name));
            }
        }
        return identity;
    }
}
