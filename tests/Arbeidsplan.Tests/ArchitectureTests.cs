using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Arbeidsplan.Tests;

/// <summary>
/// Who may use whom, as the README's layout section draws it: the domain knows no framework, and a feature folder uses another
/// only along an edge written down here, with its reason. A new edge is a design decision: add it here, and to the README.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Features = "Arbeidsplan.Web.Features.";

    // Every feature may use these: the view records and helpers, and the permission path.
    private static readonly string[] Everyone = ["Shared", "Access"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        // Access reads the organisation tree from the directory (and nothing else of Organisations; checked below).
        ["Access"] = ["Organisations"],
        // Invitations are for a person; the first run may load the demo and the sign-in page lists its users; GDPR's account part.
        ["Account"] = ["Persons", "Demo", "Privacy"],
        ["Audit"] = ["Jobs", "Privacy"],
        ["Bodies"] = ["Organisations"],
        // The scorecard shows each branch's member figures.
        ["Branches"] = ["Organisations", "Members", "Privacy"],
        // The date plan is a group: its own folder holds only the table of contents that registers and maps its parts.
        ["DatePlan"] = ["DatePlan.Events", "DatePlan.Export", "DatePlan.Feeds", "DatePlan.Import", "DatePlan.Rules", "DatePlan.Templates", "DatePlan.Views", "Privacy"],
        // The read side every part builds on: the family of calendars, the year's rows, the event as iCalendar.
        ["DatePlan.Views"] = ["Organisations"],
        ["DatePlan.Events"] = ["DatePlan.Views", "Organisations"],
        ["DatePlan.Export"] = ["DatePlan.Views"],
        ["DatePlan.Feeds"] = ["DatePlan.Views", "Organisations", "Privacy"],
        ["DatePlan.Import"] = ["DatePlan.Views", "Organisations"],
        ["DatePlan.Rules"] = ["DatePlan.Views", "Organisations"],
        ["DatePlan.Templates"] = ["DatePlan.Views", "DatePlan.Events", "Organisations"],
        // The demo is entered through the importers of the features it fills.
        ["Demo"] = ["DatePlan.Import", "Members", "Organisations", "Plans", "Reports"],
        ["Elections"] = ["Organisations", "Privacy"],
        ["Home"] = ["Elections", "Meetings", "Organisations", "Reminders", "Reports"],
        ["Jobs"] = [],
        // An annual meeting allots delegates from the branches' member figures and registers its elections as positions.
        ["Meetings"] = ["Members", "Organisations", "Persons", "Positions", "Privacy"],
        ["Members"] = ["Organisations", "Privacy"],
        ["Municipalities"] = [],
        ["Organisations"] = ["Regions"],
        ["Outbox"] = ["Jobs"],
        ["Persons"] = ["Account", "Organisations", "Privacy"],
        // A measure's timing is placed on the date plan's events.
        ["Plans"] = ["Bodies", "DatePlan.Views", "Organisations", "PositionTypes", "Privacy"],
        ["PositionTypes"] = ["Organisations"],
        ["Positions"] = ["Organisations", "Persons", "Privacy"],
        ["Privacy"] = [],
        ["Regions"] = [],
        ["Reminders"] = ["Jobs", "Organisations", "Privacy"],
        // The annual report reads the member figures as the members' pages count them.
        ["Reports"] = ["Members", "Organisations", "Privacy"],
        ["Resolutions"] = ["Organisations", "Privacy"],
        ["Shared"] = [],
        ["Study"] = ["Organisations", "Privacy"],
    };

    // The two two-way edges we keep, and why; no new ones may come. Access is on every feature's path and reads the organisation tree
    // from the directory (checked above to be all it reads); an invitation is for a person, and the person page sends it.
    private static readonly string[] KnownCycles =
        ["Access<->Organisations", "Account<->Persons"];

    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Domain_ReferencesNoFramework()
    {
        var result = Types.InAssembly(typeof(Arbeidsplan.Domain.Register.Organisation).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Arbeidsplan.Web", "Npgsql")
            .GetResult();

        Assert.True(result.IsSuccessful, "The domain uses a framework: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EveryFeatureFolder_IsListed()
    {
        var folders = Web.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(Features, StringComparison.Ordinal))
            .Select(n => n[Features.Length..]).Select(n => IsGroup(n.Split('.')[0]) ? string.Join('.', n.Split('.').Take(2)) : n.Split('.')[0])
            .Distinct().Order().ToList();

        Assert.Equal(Allowed.Keys.Where(k => !IsGroup(k) || folders.Contains(k)).Order(), folders);
    }

    [Fact]
    public void Feature_UsesOtherFeaturesOnlyAlongTheAllowedEdges()
    {
        var failures = new List<string>();
        foreach (var (feature, allowed) in Allowed)
        {
            string[] everyone = feature == "Shared" ? [] : Everyone;
            var forbidden = Allowed.Keys.Except([feature, .. allowed, .. everyone]).SelectMany(Members).ToArray();
            var own = Regex.Escape(Features + feature) + (IsGroup(feature) ? "$" : "(\\.|$)");
            var result = Types.InAssembly(Web).That().ResideInNamespaceMatching("^" + own).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
            if (!result.IsSuccessful)
            {
                failures.Add($"{feature}: {string.Join(", ", result.FailingTypeNames)}");
            }
        }

        Assert.True(failures.Count == 0, "Features used outside the allowed edges:\n" + string.Join("\n", failures));
    }

    // A group (a folder with parts of its own) is used through its parts; its own namespace is named type by type.
    private static bool IsGroup(string key) => Allowed.Keys.Any(k => k.StartsWith(key + ".", StringComparison.Ordinal));

    private static IEnumerable<string> Members(string key) => IsGroup(key)
        ? Web.GetTypes().Where(t => t.Namespace == Features + key).Select(t => t.FullName!)
        : [Features + key];

    [Fact]
    public void Access_UsesOnlyTheOrganisationDirectory()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace(Features + "Access")
            .ShouldNot().HaveDependencyOnAny(Web.GetTypes()
                .Where(t => t.Namespace == Features + "Organisations" && t.Name is not ("OrganisationDirectory" or "OrganisationSummary"))
                .Select(t => t.FullName!).ToArray())
            .GetResult();

        Assert.True(result.IsSuccessful, "Access uses more of Organisations than the directory: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void AllowedEdges_MakeNoNewCycle()
    {
        bool Uses(string a, string b) => a != b && a != "Shared" && (Allowed[a].Contains(b) || Everyone.Contains(b));
        var cycles = Allowed.Keys.SelectMany(a => Allowed.Keys.Where(b => string.CompareOrdinal(a, b) < 0 && Uses(a, b) && Uses(b, a))
            .Select(b => $"{a}<->{b}")).Order().ToList();

        Assert.Equal(KnownCycles.Order(), cycles);
    }
}
