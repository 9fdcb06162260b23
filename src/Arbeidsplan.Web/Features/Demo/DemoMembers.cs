using System.Globalization;
using System.Text;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Members;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// Hedmark's member register at the last two year ends, made up for the demo (numbers only, no names) and entered through the
/// member importer: 1,035 paying at 31.12.2024 and 955 at 31.12.2025, with renewals, members who left, came back and joined.
/// </summary>
internal sealed class DemoMembers(AppDbContext db, MemberImport import)
{
    public async Task LoadAsync(Organisation county, IReadOnlyList<Organisation> branches)
    {
        var random = new Random(2026);
        // Bigger towns get more members: a weight per branch from its place in the list, varied a little.
        var weights = branches.Select((b, i) => 1.0 + random.NextDouble() * 3 + (i < 6 ? 3 : 0)).ToList();
        var people = Enumerable.Range(1, 1140).Select(n => new DemoMember(10_000 + n, Pick(branches, weights, random), 1940 + random.Next(66), random.Next(10) < 4 ? "K" : "M",
            new LocalDate(1975 + random.Next(49), 1 + random.Next(12), 1 + random.Next(28)))).ToList();
        // 2024: members 1–1035 paid, 1036–1095 had not. 2025: 1–880 renewed, 881–935 did not, 936–1035 left,
        // 1036–1065 came back and paid, 1066–1095 left, 1096–1140 joined in 2025.
        var yearEnd2024 = people.Take(1095).Select((p, i) => p with { PaidFor = i < 1035 ? 2024 : 2023 });
        var yearEnd2025 = people.Select((p, i) => i switch
        {
            < 880 => p with { PaidFor = 2025 },
            < 935 => p with { PaidFor = 2024 },
            < 1035 => null,
            < 1065 => p with { PaidFor = 2025 },
            < 1095 => null,
            _ => p with { PaidFor = 2025, Joined = new LocalDate(2025, 1 + (i % 11), 1 + (i % 27)) },
        }).OfType<DemoMember>();
        foreach (var (date, members) in new[] { (new LocalDate(2024, 12, 31), yearEnd2024), (new LocalDate(2025, 12, 31), yearEnd2025) })
        {
            var result = await import.RunAsync(new MemberImportInput
            {
                OrganisationId = county.Id, TakenOn = date.ToDateOnly(), Text = Csv(members), FileName = $"medlemsregister-{date.Year}-demo.csv", Apply = true,
            });
            if (result.Value is not { Saved: true })
            {
                throw new InvalidOperationException($"Demomedlemmene for {date.Year} kunne ikke importeres: {result.Message}");
            }
        }
        // Targets for 2026: three more paying members in every branch than at the last year end.
        var byName = branches.ToDictionary(b => b.Name, b => b.Id);
        foreach (var branch in yearEnd2025.GroupBy(m => m.Branch))
        {
            db.MemberTargets.Add(new Domain.Members.MemberTarget(byName[branch.Key], 2026, branch.Count(m => m.PaidFor == 2025) + 3));
        }
        db.RecruitmentCampaigns.Add(new Domain.Members.RecruitmentCampaign(county.Id, "Verv 50 nye medlemmer", new DateInterval(new LocalDate(2025, 2, 1), new LocalDate(2025, 12, 31)),
            50, "Lokallaget som verver flest, får dekket reise og opphold på fylkesårsmøtet for to delegater.") { IsDemo = true });
        await db.SaveChangesAsync();
    }

    private static string Csv(IEnumerable<DemoMember> members)
    {
        var text = new StringBuilder("Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n");
        foreach (var m in members)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Number};{m.Branch};{m.Joined:dd.MM.yyyy};{m.PaidFor};{m.Born};{m.Gender}\n");
        }
        return text.ToString();
    }

    private static string Pick(IReadOnlyList<Organisation> branches, List<double> weights, Random random)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < branches.Count; i++)
        {
            x -= weights[i];
            if (x <= 0)
            {
                return branches[i].Name;
            }
        }
        return branches[^1].Name;
    }

    private sealed record DemoMember(int Number, string Branch, int Born, string Gender, LocalDate Joined, int PaidFor = 0);
}
