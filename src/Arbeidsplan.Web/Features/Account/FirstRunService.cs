using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Demo;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Account;

public sealed class FirstRunInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    /// <summary>Off unless asked for: a real installation starts empty.</summary>
    public bool LoadDemo { get; set; }
}

/// <summary>Sets up a new installation: the first administrator and, if wanted, the demo organisation.</summary>
public sealed class FirstRunService(AppDbContext db, UserManager<AppUser> users, DemoLoader demo, AuditLog audit, NodaTime.IClock clock)
{
    public Task<bool> IsNeededAsync() => db.Users.AnyAsync().ContinueWith(t => !t.Result, TaskScheduler.Default);

    public async Task<Outcome<AppUser>> CreateAdministratorAsync(FirstRunInput input)
    {
        if (!await IsNeededAsync())
        {
            return Outcome<AppUser>.Forbidden("Arbeidsplan er allerede satt opp. Logg inn.");
        }
        var email = input.Email?.Trim() ?? "";
        if (!Text.IsEmail(email))
        {
            return Outcome<AppUser>.Invalid(nameof(input.Email), "Skriv en gyldig e-postadresse.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (input.LoadDemo && !await db.Organisations.AnyAsync())
        {
            await demo.LoadAsync();
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, IsAdministrator = true };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            return Outcome<AppUser>.Invalid(nameof(input.Password), string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        // A real administrator now exists: the demo's sign-ins, whose password is printed in the README, stop working.
        await db.Users.Where(u => u.IsDemo).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.DeactivatedAt, clock.GetCurrentInstant())
            .SetProperty(x => x.DeactivationReason, "Demobrukerne er slått av fordi Arbeidsplan er satt opp med en ekte administrator."));
        await audit.FlushBulkAsync("AppUser", Guid.Empty, "Modified", new Dictionary<string, string?> { ["Demobrukere"] = "slått av" });
        await transaction.CommitAsync();
        return user;
    }
}
