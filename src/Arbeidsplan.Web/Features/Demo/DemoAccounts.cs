using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>The demo's sign-ins the sign-in page lists: only while they work (a real administrator switches them off).</summary>
public static class DemoAccounts
{
    public static async Task<IReadOnlyList<DemoUser>> ListedAsync(AppDbContext db)
    {
        var listed = await db.SystemSettings.AsNoTracking().Where(s => s.Key == SystemSetting.DemoUsers).Select(s => s.Value).SingleOrDefaultAsync();
        if (listed is null)
        {
            return [];
        }
        var active = (await db.Users.AsNoTracking().Where(u => u.IsDemo && u.DeactivatedAt == null).Select(u => u.Email).ToListAsync()).ToHashSet();
        return (System.Text.Json.JsonSerializer.Deserialize<List<DemoUser>>(listed) ?? []).Where(u => active.Contains(u.Email)).ToList();
    }
}
