using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>The demo's study work in Hedmark: the national materials, the plans' requirements for 2025 and 2026, and made-up circles.</summary>
internal sealed class DemoStudy(AppDbContext db)
{
    public async Task LoadAsync(DemoWorld world)
    {
        StudyMaterial Material(string name, MaterialKind kind, string description) =>
            new(world.National.Id, name, kind, description) { IsDemo = true };
        var wheel = Material("Det grønne hjulet", MaterialKind.Circle, "Grunnmateriellet om Senterpartiets politikk og verdier.");
        var campaign = Material("Klar for valgkamp – i hele Norge!", MaterialKind.Circle, "Forberedelser til valgkampen i lokallaget.");
        var whoLeads = Material("Hvem skal lede – Arbeidet i valg- og nominasjonskomité", MaterialKind.Circle, "Skolering av valg- og nominasjonskomiteer.");
        var digital = Material("Senterpartiskolen: Digitalt grunnkurs", MaterialKind.DigitalCourse, "Digitalt kurs som kan tas alene eller i studiering.");
        db.StudyMaterials.AddRange(wheel, campaign, whoLeads, digital);

        var board = world.HedmarkBoard;
        db.StudyRequirements.AddRange(
            new StudyRequirement(world.Hedmark.Id, "Klar for valgkamp innen 1. mai", RequirementKind.CompleteMaterial, 2025, campaign.Id, new LocalDate(2025, 5, 1)) { IsDemo = true },
            new StudyRequirement(world.Hedmark.Id, "Hvem skal lede innen 1. juli", RequirementKind.CompleteMaterial, 2026, whoLeads.Id, new LocalDate(2026, 7, 1)) { IsDemo = true },
            new StudyRequirement(world.Hedmark.Id, "Minst én studiering i året", RequirementKind.CircleEachYear, 2026, null, null, board.Id) { IsDemo = true });

        var branches = world.Organisations.Where(o => o.ParentId == world.Hedmark.Id && o.Kind == OrganisationKind.Local).OrderBy(o => o.Name).ToList();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i].Id;
            // Most branches did the 2025 campaign circle in spring; every fifth did not.
            if (i % 5 != 4)
            {
                Add(branch, null, campaign, new LocalDate(2025, 2, 3 + i % 20), 28 + i % 4 * 7, 4 + i % 6, 8 + i % 3 * 2);
            }
            // In 2026 half did «Hvem skal lede» before the deadline, a few after it, the rest not yet.
            switch (i % 4)
            {
                case 0 or 1:
                    Add(branch, null, whoLeads, new LocalDate(2026, 3, 2 + i % 20), 42, 5 + i % 4, 10 + i % 2 * 2);
                    break;
                case 2 when i % 8 == 2:
                    Add(branch, null, whoLeads, new LocalDate(2026, 8, 10 + i % 10), 35, 4, 8);
                    break;
            }
            if (i % 6 == 0)
            {
                Add(branch, null, wheel, new LocalDate(2025, 10, 6 + i % 15), 21, 6, 6);
            }
        }
        Add(world.Hedmark.Id, board.Id, wheel, new LocalDate(2026, 2, 9), 90, 11, 12);
        await db.SaveChangesAsync();

        void Add(Guid organisation, Guid? body, StudyMaterial material, LocalDate start, int days, int participants, int hours) =>
            db.StudyCircles.Add(new StudyCircle(organisation, body, material.Id, new DateInterval(start, start.PlusDays(days)), participants, hours,
                "Studieleder (demo)") { IsDemo = true });
    }
}
