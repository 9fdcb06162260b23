using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// Study work, to each branch's study leader (its leader when it has none): a required circle the branch has not held as its
/// deadline nears, and the study association's yearly deadline for reporting hours.
/// </summary>
public sealed class StudySource(AppDbContext db, OrganisationDirectory directory) : ReminderSource
{
    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var locals = (await directory.AllAsync()).Where(o => o.Kind == OrganisationKind.Local).Select(o => o.Id).ToHashSet();
        var items = new List<ReminderItem>();
        await RequirementsAsync(context, locals, items, ct);
        await HoursDeadlinesAsync(context, locals, items, ct);
        return items;
    }

    private async Task RequirementsAsync(ReminderContext context, HashSet<Guid> locals, List<ReminderItem> items, CancellationToken ct)
    {
        foreach (var (requirement, branch) in await PendingRequirements.ForAsync(db, context.Tree, context.Day, locals, context.Day, context.Horizon, ct))
        {
            if (StudyLeaders(context, branch) is not { Count: > 0 } people)
            {
                continue;
            }
            items.Add(new ReminderItem(ReminderKind.StudyRequirementDue, ReminderItem.IdOf(requirement.Id, branch), requirement.DueOn, branch, people,
                $"du er studieleder (eller leder) i {context.NameOf(branch)}",
                $"«{requirement.Name}» i {context.NameOf(branch)}: frist {NorwegianTime.Format(requirement.DueOn)}",
                [
                    $"Krav fra {context.NameOf(requirement.OrganisationId)}: {requirement.Name}",
                    $"Frist: {NorwegianTime.Format(requirement.DueOn)}. {context.NameOf(branch)} har ikke gjennomført det ennå.",
                    "Registrer studieringen i Arbeidsplan når den er holdt.",
                ], "/studier"));
        }
    }

    private async Task HoursDeadlinesAsync(ReminderContext context, HashSet<Guid> locals, List<ReminderItem> items, CancellationToken ct)
    {
        var settings = await db.ReminderSettings.AsNoTracking().Where(s => s.StudyHoursDeadline != null).ToListAsync(ct);
        var byOrganisation = settings.ToDictionary(s => s.OrganisationId);
        // A unit follows the nearest deadline above it: a branch with its own is not also reminded of its county's.
        Guid? NearestOwner(Guid unit) => new[] { unit }.Concat(context.Tree.Ancestors(unit)).Cast<Guid?>().FirstOrDefault(id => byOrganisation.ContainsKey(id!.Value));
        foreach (var s in settings)
        {
            var annual = s.StudyHoursDeadline!.Value;
            var due = annual.InYear(context.Day.Year);
            due = due < context.Day ? annual.InYear(context.Day.Year + 1) : due;
            if (due > context.Horizon)
            {
                continue;
            }
            var units = context.Tree.SelfAndDescendants(s.OrganisationId)
                .Where(id => (id == s.OrganisationId || locals.Contains(id)) && NearestOwner(id) == s.OrganisationId);
            var people = units.SelectMany(u => context.Index.WithRole(context.Index.InOrganisation(u), PositionRole.StudyLeader)).Distinct().ToList();
            if (people.Count > 0)
            {
                items.Add(new ReminderItem(ReminderKind.StudyHoursDeadline, s.Id, due, s.OrganisationId, people,
                    $"du er studieleder i {context.NameOf(s.OrganisationId)} eller et lokallag under",
                    $"Rapporter studietimene innen {NorwegianTime.Format(due)}",
                    [$"Studieforbundets frist for å rapportere timene er {NorwegianTime.Format(due)}.", "Sjekk at alle studieringene er registrert med timer og deltakere."],
                    "/studier"));
            }
        }
    }

    private static IReadOnlyList<Guid> StudyLeaders(ReminderContext context, Guid branch)
    {
        var offices = context.Index.InOrganisation(branch).ToList();
        var leaders = context.Index.WithRole(offices, PositionRole.StudyLeader);
        return leaders.Count > 0 ? leaders : context.Index.WithRole(offices, PositionRole.Leads);
    }
}
