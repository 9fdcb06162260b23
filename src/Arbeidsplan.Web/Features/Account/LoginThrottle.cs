using System.Threading.RateLimiting;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>
/// Sign-in attempts per account name from devices that have not signed in to it before: ten in a quarter of an hour. Unknown
/// names count the same as known ones, so the limit tells nobody which accounts exist; a device the owner has used is not
/// limited by it (only by the per-address limit), so guessing from elsewhere cannot keep the owner out.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public LoginThrottle(IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:SignInAttemptsPerAccount", 10);
        limiter = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(name,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(15), QueueLimit = 0 }));
    }

    public bool TryAttempt(string accountName)
    {
        using var lease = limiter.AttemptAcquire(accountName.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
