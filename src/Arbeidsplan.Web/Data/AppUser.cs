using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Data;

/// <summary>A sign-in account; what it may see follows from the positions of the person it is linked to.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid? PersonId { get; set; }
    public bool IsAdministrator { get; set; }
}
