using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// Hedmark's campaign for the 2027 local election: the plan in the four phases of the template, the first phase's tasks under way
/// (the campaign committee set up, the nomination meetings being held), the executive committee owning the campaign plan itself,
/// and an autumn of stands, leaflets, doors and a public meeting logged by six branches, week by week. Marked as demo.
/// </summary>
internal sealed class DemoCampaign(AppDbContext db)
{
    private const string Recorder = "Valgkampkontakt (demo)";

    /// <summary>The branches that log, and how busy each is: the number of activities in a good week.</summary>
    private static readonly (string Municipality, int Pace)[] Branches = [("Hamar", 3), ("Stange", 2), ("Elverum", 2), ("Ringsaker", 2), ("Kongsvinger", 1), ("Løten", 1)];

    private static readonly CampaignActivityKind[] Rotation =
        [CampaignActivityKind.Stand, CampaignActivityKind.Leaflets, CampaignActivityKind.Stand, CampaignActivityKind.DoorToDoor, CampaignActivityKind.PublicMeeting];

    public void Load(DemoWorld world, LocalDate today)
    {
        var election = db.Elections.Local.Single(e => e.IsDemo && e.Kind == ElectionKind.Local && e.Day.Year == 2027);
        var plan = new CampaignPlan(election, world.Hedmark.Id, CampaignTemplate.Phases(election)) { IsDemo = true };
        db.CampaignPlans.Add(plan);
        var types = db.PositionTypes.Local.Where(t => t.PartyId == world.National.Id).OrderBy(t => t.SortOrder).ToList();
        FollowUpOwner Owner(PositionRole role) =>
            new(null, (types.FirstOrDefault(t => t.Roles.HasFlag(role)) ?? types.First(t => t.Roles.HasFlag(PositionRole.Leads))).Id, world.Hedmark.Id, null);
        foreach (var t in CampaignTemplate.Tasks(election))
        {
            var owner = t.Title.StartsWith("Valgkampplan", StringComparison.Ordinal) ? new FollowUpOwner(null, null, null, world.HedmarkExecutive.Id) : Owner(t.Owner);
            var task = plan.AddTask(election, t.Phase, t.Title, owner, t.DueOn);
            task.IsDemo = true;
            db.CampaignTasks.Add(task);
            if (Report(t.Title, today) is { } report)
            {
                var note = task.Report(report.Status, report.On, report.Note, Recorder, report.On.AtStartOfDayInZone(Domain.Common.NorwegianTime.Oslo).ToInstant());
                note.IsDemo = true;
                db.CampaignTaskNotes.Add(note);
            }
        }
        LogActivities(world, election, today);
    }

    private static (MeasureStatus Status, LocalDate On, string Note)? Report(string title, LocalDate today) => title switch
    {
        "Valgkampkomité nedsatt" => (MeasureStatus.Done, LocalDate.Min(new LocalDate(2026, 11, 20), today), "Komiteen har fem medlemmer og møtes annenhver uke (demo)."),
        "Nominasjonsmøter holdt i alle lokallag" => (MeasureStatus.UnderWay, LocalDate.Min(new LocalDate(2026, 11, 25), today), "Holdt i Hamar og Stange; resten i desember (demo)."),
        _ => null,
    };

    /// <summary>
    /// From mid-September to today, each branch logs by its pace, with a quiet week now and then and more as the autumn goes on;
    /// a demo loaded before the autumn logs the ten weeks up to its day, so the activity page is never empty.
    /// </summary>
    private void LogActivities(DemoWorld world, Election election, LocalDate today)
    {
        var start = LocalDate.Min(new LocalDate(2026, 9, 14), today.PlusWeeks(-10).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)));
        var last = LocalDate.Min(today, election.Day);
        for (var (monday, week) = (start, 0); monday <= last; (monday, week) = (monday.PlusWeeks(1), week + 1))
        {
            for (var b = 0; b < Branches.Length; b++)
            {
                var (municipality, pace) = Branches[b];
                var count = (week + b) % 5 == 4 ? 0 : pace + (week > 6 ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    var on = monday.PlusDays((i * 2 + b) % 6);
                    if (on > last)
                    {
                        continue;
                    }
                    var kind = Rotation[(week + i + b) % Rotation.Length];
                    var reached = kind switch
                    {
                        CampaignActivityKind.Leaflets => 200 + (week * 25),
                        CampaignActivityKind.DoorToDoor => 60 + (b * 10),
                        CampaignActivityKind.PublicMeeting => 25 + (week % 3 * 10),
                        _ => 15 + ((week + b) % 4 * 5),
                    };
                    db.CampaignActivities.Add(new CampaignActivity(election, world.BranchIn(municipality).Id, kind, on, reached, kind == CampaignActivityKind.PublicMeeting
                        ? "Folkemøte om nærsykehus og veier (demo)" : null, Recorder, today) { IsDemo = true });
                }
            }
        }
    }
}
