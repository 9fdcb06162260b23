using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's reminder settings: Hedmark's calendar (the default quiet periods, the study association's deadline 15 January) and
/// defaults (board notices five days ahead), and the Hedmark leader's own choice (deadlines two weeks ahead). With the plans,
/// date plan, terms and follow-up already loaded, the preview under Påminnelser shows the week's reminders and, early in the week,
/// the Kongsvinger region contact's digest. Removed with the demo's organisations and people.
/// </summary>
internal sealed class DemoReminders(AppDbContext db)
{
    public async Task LoadAsync(DemoWorld world)
    {
        var settings = new ReminderSettings(world.Hedmark.Id);
        settings.Set(QuietPeriod.Format(QuietPeriod.Defaults), new AnnualDate(1, 15));
        db.ReminderSettings.Add(settings);
        var notice = ReminderPreference.ForOrganisation(world.Hedmark.Id, ReminderKind.NoticeDue);
        notice.Set(true, 5);
        db.ReminderPreferences.Add(notice);
        var leader = await db.Positions.Where(p => p.OrganisationId == world.Hedmark.Id)
            .Join(db.PositionTypes.Where(t => (t.Roles & PositionRole.Leads) != 0), p => p.PositionTypeId, t => t.Id, (p, t) => p.PersonId)
            .FirstOrDefaultAsync();
        if (leader != Guid.Empty)
        {
            var own = ReminderPreference.ForPerson(leader, ReminderKind.MeasureDue);
            own.Set(true, 14);
            db.ReminderPreferences.Add(own);
        }
    }
}
