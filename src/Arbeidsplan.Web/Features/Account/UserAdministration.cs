using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

public sealed record UserRow(string Id, string? Email, Guid? PersonId, string? PersonName, bool IsAdministrator, bool IsDemo, bool TwoFactor,
    Instant? DeactivatedAt, string? DeactivationReason);

public sealed class DeactivationInput
{
    public string? Reason { get; set; }
}

/// <summary>Users as administrators see them: deactivated (every sign-in ends at once) and reactivated.</summary>
public sealed class UserAdministration(AppDbContext db, UserManager<AppUser> users, Guard guard, ActorContext actor, Sessions sessions, IClock clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync() =>
        await guard.IsAdministrator()
            ? await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new UserRow(u.Id, u.Email, u.PersonId, db.Persons.Where(p => p.Id == u.PersonId).Select(p => p.Name).FirstOrDefault(),
                    u.IsAdministrator, u.IsDemo, u.TwoFactorEnabled, u.DeactivatedAt, u.DeactivationReason))
                .ToListAsync()
            : [];

    public async Task<Outcome<bool>> DeactivateAsync(string userId, DeactivationInput input)
    {
        if (!await guard.IsAdministrator() || await users.FindByIdAsync(userId) is not { } user)
        {
            return Outcome<bool>.NotFound();
        }
        if (user.Id == actor.UserId)
        {
            return Outcome<bool>.Invalid(nameof(input.Reason), "Du kan ikke deaktivere deg selv.");
        }
        user.DeactivatedAt = clock.GetCurrentInstant();
        user.DeactivationReason = Text(input.Reason) ?? "Brukeren er deaktivert av en administrator.";
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(user.Id, "deaktivert");
        return true;
    }

    public async Task<Outcome<bool>> ReactivateAsync(string userId)
    {
        if (!await guard.IsAdministrator() || await users.FindByIdAsync(userId) is not { } user)
        {
            return Outcome<bool>.NotFound();
        }
        user.DeactivatedAt = null;
        user.DeactivationReason = null;
        await users.UpdateAsync(user);
        return true;
    }

    private static string? Text(string? reason) => reason?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 300)] : null;
}
