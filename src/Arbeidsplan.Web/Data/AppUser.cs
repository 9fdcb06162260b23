using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>A sign-in account; what it may see follows from the positions of the person it is linked to.</summary>
public sealed class AppUser : IdentityUser, Arbeidsplan.Domain.Common.IAudited
{
    public Guid? PersonId { get; set; }
    public bool IsAdministrator { get; set; }

    /// <summary>A sign-in the demo made: listed on the sign-in page, switched off once a real administrator exists.</summary>
    public bool IsDemo { get; set; }

    /// <summary>When the account stopped working, and why (told at sign-in); empty while it works.</summary>
    public Instant? DeactivatedAt { get; set; }

    public string? DeactivationReason { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
