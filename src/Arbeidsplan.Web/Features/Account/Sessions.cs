using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>Server-side sign-ins: started at sign-in, ended at sign-out, on a new password and when a user is deactivated.</summary>
public sealed class Sessions(AppDbContext db, IClock clock)
{
    /// <summary>How long a sign-in lives at most, however active: a cookie also lapses after 8 idle hours, a bearer token after one hour.</summary>
    public static readonly Duration Lifetime = Duration.FromDays(14);

    public async Task<Guid> StartAsync(string userId, SessionKind kind)
    {
        var now = clock.GetCurrentInstant();
        var session = new UserSession { UserId = userId, Kind = kind, CreatedAt = now, ExpiresAt = now + Lifetime };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task EndAsync(Guid sessionId, string because)
    {
        var now = clock.GetCurrentInstant();
        await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndedBecause, because));
    }

    /// <summary>Ends every sign-in of the user, but the one given (the browser that changed the password stays signed in).</summary>
    public async Task<int> EndAllAsync(string userId, string because, Guid? except = null)
    {
        var now = clock.GetCurrentInstant();
        return await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndedBecause, because));
    }

    public async Task<bool> IsActiveAsync(Guid sessionId, string userId)
    {
        var now = clock.GetCurrentInstant();
        return await db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now);
    }
}
