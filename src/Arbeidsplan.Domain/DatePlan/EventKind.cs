using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A kind of event (board meeting, annual meeting, course …): data, so an organisation can add its own.</summary>
public sealed class EventKind
{
    private EventKind() => (Key, Name) = ("", "");

    public EventKind(string key, string name, int order, bool isBuiltIn = false, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Key = Text.Required(key, nameof(Key), "Nøkkel", 40).ToLowerInvariant();
        Name = Text.Required(name, nameof(Name), "Navn", 80);
        Order = order;
        IsBuiltIn = isBuiltIn;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; }
    public string Name { get; private set; }
    public int Order { get; private set; }
    public bool IsBuiltIn { get; private set; }

    public const string BoardMeeting = "styremote";
    public const string AnnualMeeting = "arsmote";
    public const string CountyCouncil = "fylkesting";
    public const string NationalConvention = "landsmote";
    public const string Course = "kurs";
    public const string RegionMeeting = "regionmote";
    public const string StudyGathering = "studiesamling";
    public const string CampaignDay = "aksjonsdag";
    public const string Election = "valg";
    public const string Deadline = "frist";
    public const string Other = "annet";

    /// <summary>The kinds every installation has, with fixed ids so migrations, rules and templates can refer to them.</summary>
    public static IReadOnlyList<EventKind> BuiltIn { get; } =
    [
        new(BoardMeeting, "Styremøte", 10, true, new Guid("0193a000-0000-7000-8000-000000000001")),
        new(AnnualMeeting, "Årsmøte", 20, true, new Guid("0193a000-0000-7000-8000-000000000002")),
        new(CountyCouncil, "Fylkesting", 30, true, new Guid("0193a000-0000-7000-8000-000000000003")),
        new(NationalConvention, "Landsmøte / landsstyre", 40, true, new Guid("0193a000-0000-7000-8000-000000000004")),
        new(Course, "Kurs og konferanse", 50, true, new Guid("0193a000-0000-7000-8000-000000000005")),
        new(RegionMeeting, "Regionmøte", 60, true, new Guid("0193a000-0000-7000-8000-000000000006")),
        new(StudyGathering, "Studiesamling", 70, true, new Guid("0193a000-0000-7000-8000-000000000007")),
        new(CampaignDay, "Aksjonsdag", 80, true, new Guid("0193a000-0000-7000-8000-000000000008")),
        new(Election, "Valg", 90, true, new Guid("0193a000-0000-7000-8000-000000000009")),
        new(Deadline, "Frist", 100, true, new Guid("0193a000-0000-7000-8000-00000000000a")),
        new(Other, "Annet", 110, true, new Guid("0193a000-0000-7000-8000-00000000000b")),
    ];

    public static Guid IdOf(string key) => BuiltIn.Single(k => k.Key == key).Id;

    /// <summary>Word stems that name each built-in kind in an activity's text, most specific first.</summary>
    private static readonly (string Stem, string Key)[] Words =
    [
        ("valg og", Election), ("stortingsvalg", Election), ("kommunevalg", Election), ("sametingsvalg", Election), ("kommune- og fylkestingsvalg", Election),
        ("landsmøte", NationalConvention), ("landsstyre", NationalConvention),
        ("årsmøte", AnnualMeeting), ("fylkesstyre", BoardMeeting), ("styremøte", BoardMeeting), ("arbeidsutvalg", BoardMeeting),
        ("regionmøte", RegionMeeting), ("aksjonsdag", CampaignDay), ("studie", StudyGathering),
        ("kurs", Course), ("skolering", Course), ("konferanse", Course), ("samling", Course), ("frist", Deadline), ("innen", Deadline),
    ];

    /// <summary>The built-in kind an activity's text names ("Fylkesstyremøte Hedmark" → board meeting), or "other".</summary>
    public static string Guess(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        // "Fylkesting" is the session itself; "Siste nytt fra fylkestinget" is not.
        if (lower.StartsWith("fylkesting", StringComparison.Ordinal) && !lower.StartsWith("fylkestingsgruppe", StringComparison.Ordinal))
        {
            return CountyCouncil;
        }
        foreach (var (stem, key) in Words)
        {
            if (lower.Contains(stem, StringComparison.Ordinal))
            {
                return key;
            }
        }
        return Other;
    }
}
