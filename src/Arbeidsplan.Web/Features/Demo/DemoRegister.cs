using System.Text;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>A municipality of the demo, with its official number from 2024 and the county organisation it belongs to.</summary>
public sealed record DemoMunicipality(string County, string Number, string Name);

/// <summary>A region of a county organisation and the municipalities in it.</summary>
public sealed record DemoRegion(string County, string Name, IReadOnlyList<string> Municipalities);

/// <summary>The fixed tables the demo organisation is built from: municipalities, regions and made-up names.</summary>
public static class DemoRegister
{
    public const string Hedmark = "Hedmark";
    public const string Oppland = "Oppland";
    public const string Akershus = "Akershus";
    public const string EmailDomain = "demo.arbeidsplan.no";

    public static readonly IReadOnlyList<string> Counties = [Hedmark, Oppland, Akershus];

    public static readonly IReadOnlyList<DemoMunicipality> Municipalities =
    [
        new(Hedmark, "3401", "Kongsvinger"),
        new(Hedmark, "3403", "Hamar"),
        new(Hedmark, "3411", "Ringsaker"),
        new(Hedmark, "3412", "Løten"),
        new(Hedmark, "3413", "Stange"),
        new(Hedmark, "3414", "Nord-Odal"),
        new(Hedmark, "3415", "Sør-Odal"),
        new(Hedmark, "3416", "Eidskog"),
        new(Hedmark, "3417", "Grue"),
        new(Hedmark, "3418", "Åsnes"),
        new(Hedmark, "3419", "Våler"),
        new(Hedmark, "3420", "Elverum"),
        new(Hedmark, "3421", "Trysil"),
        new(Hedmark, "3422", "Åmot"),
        new(Hedmark, "3423", "Stor-Elvdal"),
        new(Hedmark, "3424", "Rendalen"),
        new(Hedmark, "3425", "Engerdal"),
        new(Hedmark, "3426", "Tolga"),
        new(Hedmark, "3427", "Tynset"),
        new(Hedmark, "3428", "Alvdal"),
        new(Hedmark, "3429", "Folldal"),
        new(Hedmark, "3430", "Os"),

        new(Oppland, "3405", "Lillehammer"),
        new(Oppland, "3407", "Gjøvik"),
        new(Oppland, "3431", "Dovre"),
        new(Oppland, "3432", "Lesja"),
        new(Oppland, "3433", "Skjåk"),
        new(Oppland, "3434", "Lom"),
        new(Oppland, "3435", "Vågå"),
        new(Oppland, "3436", "Nord-Fron"),
        new(Oppland, "3437", "Sel"),
        new(Oppland, "3438", "Sør-Fron"),
        new(Oppland, "3439", "Ringebu"),
        new(Oppland, "3440", "Øyer"),
        new(Oppland, "3441", "Gausdal"),
        new(Oppland, "3442", "Østre Toten"),
        new(Oppland, "3443", "Vestre Toten"),
        new(Oppland, "3446", "Gran"),
        new(Oppland, "3447", "Søndre Land"),
        new(Oppland, "3448", "Nordre Land"),
        new(Oppland, "3449", "Sør-Aurdal"),
        new(Oppland, "3450", "Etnedal"),
        new(Oppland, "3451", "Nord-Aurdal"),
        new(Oppland, "3452", "Vestre Slidre"),
        new(Oppland, "3453", "Øystre Slidre"),
        new(Oppland, "3454", "Vang"),

        new(Akershus, "3201", "Bærum"),
        new(Akershus, "3203", "Asker"),
        new(Akershus, "3205", "Lillestrøm"),
        new(Akershus, "3207", "Nordre Follo"),
        new(Akershus, "3209", "Ullensaker"),
        new(Akershus, "3212", "Nesodden"),
        new(Akershus, "3214", "Frogn"),
        new(Akershus, "3216", "Vestby"),
        new(Akershus, "3218", "Ås"),
        new(Akershus, "3220", "Enebakk"),
        new(Akershus, "3222", "Lørenskog"),
        new(Akershus, "3224", "Rælingen"),
        new(Akershus, "3226", "Aurskog-Høland"),
        new(Akershus, "3228", "Nes"),
        new(Akershus, "3230", "Gjerdrum"),
        new(Akershus, "3232", "Nittedal"),
        new(Akershus, "3234", "Lunner"),
        new(Akershus, "3236", "Jevnaker"),
        new(Akershus, "3238", "Nannestad"),
        new(Akershus, "3240", "Eidsvoll"),
        new(Akershus, "3242", "Hurdal"),
    ];

    public static readonly IReadOnlyList<DemoRegion> Regions =
    [
        new(Hedmark, "Kongsvingerregionen", ["Kongsvinger", "Eidskog", "Sør-Odal", "Nord-Odal", "Grue", "Åsnes", "Våler"]),
        new(Hedmark, "Sør-Østerdalen", ["Elverum", "Trysil", "Åmot", "Stor-Elvdal", "Engerdal"]),
        new(Hedmark, "Hedmarken", ["Hamar", "Ringsaker", "Løten", "Stange"]),
        new(Hedmark, "Nord-Østerdalen", ["Tynset", "Alvdal", "Folldal", "Rendalen", "Tolga", "Os"]),

        new(Oppland, "Sør-Gudbrandsdalen", ["Lillehammer", "Øyer", "Gausdal", "Ringebu", "Sør-Fron"]),
        new(Oppland, "Nord-Gudbrandsdalen", ["Nord-Fron", "Sel", "Vågå", "Lom", "Skjåk", "Lesja", "Dovre"]),
        new(Oppland, "Gjøvik- og Randsfjordregionen", ["Gjøvik", "Østre Toten", "Vestre Toten", "Gran", "Søndre Land", "Nordre Land"]),
        new(Oppland, "Valdresregionen", ["Sør-Aurdal", "Etnedal", "Nord-Aurdal", "Vestre Slidre", "Øystre Slidre", "Vang"]),

        new(Akershus, "Øvre Romerike", ["Eidsvoll", "Hurdal", "Nannestad", "Ullensaker", "Gjerdrum", "Nes", "Lunner", "Jevnaker"]),
        new(Akershus, "Nedre Romerike", ["Lillestrøm", "Lørenskog", "Rælingen", "Nittedal", "Aurskog-Høland"]),
        new(Akershus, "Follo", ["Nordre Follo", "Ås", "Frogn", "Vestby", "Nesodden", "Enebakk"]),
        new(Akershus, "Vestregionen", ["Asker", "Bærum"]),
    ];

    /// <summary>Common Norwegian first names (40).</summary>
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Kari", "Ola", "Ingrid", "Lars", "Marit", "Per", "Solveig", "Knut", "Anne", "Jon",
        "Guri", "Eirik", "Liv", "Håkon", "Sigrid", "Trond", "Randi", "Geir", "Astrid", "Bjørn",
        "Ragnhild", "Odd", "Berit", "Arne", "Hege", "Terje", "Tone", "Svein", "Åse", "Nils",
        "Torunn", "Even", "Siri", "Magnus", "Gunhild", "Øystein", "Hilde", "Sindre", "Mari", "Jørgen",
    ];

    /// <summary>
    /// Made-up surnames after plants and berries of the Norwegian countryside (41), so that no demo person can be
    /// taken for a real one. 41 and 40 share no factor, so the first 1640 names are all different.
    /// </summary>
    public static readonly IReadOnlyList<string> Surnames =
    [
        "Tyttebærli", "Multemyr", "Blåbærhaug", "Kantarellvik", "Reinlavstad", "Einerbakk", "Moltebø", "Krøkebærlia",
        "Hvitveisås", "Kløverstad", "Sisselrotvik", "Lerkeslåtta", "Bjørnebærli", "Revebjellvik", "Smørblomlia",
        "Marikåpestad", "Gaukesyrhaug", "Rabarbrastad", "Timianlia", "Nyperoslia", "Stikkelsbærvik", "Rognebærmo",
        "Hjortronli", "Soleiehaug", "Prestekragvik", "Blåklokkmo", "Geitramsli", "Kattefotstad", "Tepperotmo",
        "Fjellrapphaug", "Mjødurtli", "Bringebærvik", "Ripsbakk", "Solbærhaug", "Vintergrønnli", "Storkenebbmo",
        "Ryllikstad", "Kvitkløverlia", "Tjæreblomhaug", "Nattfiolvik", "Markjordbærli",
    ];

    public static IReadOnlyList<DemoMunicipality> MunicipalitiesOf(string county) =>
        Municipalities.Where(m => m.County == county).ToList();

    public static IReadOnlyList<DemoRegion> RegionsOf(string county) =>
        Regions.Where(r => r.County == county).ToList();

    /// <summary>The name of demo person number <paramref name="index"/>; the same index always gives the same name.</summary>
    public static string PersonName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return $"{FirstNames[index % FirstNames.Count]} {Surnames[index % Surnames.Count]}";
    }

    /// <summary>"Åse Tjæreblomhaug" gives "ase.tjaereblomhaug@demo.arbeidsplan.no": lower case ASCII, æ → ae, ø → o, å → a.</summary>
    public static string EmailFor(string name) => $"{EmailLocalPart(name)}@{EmailDomain}";

    public static string EmailLocalPart(string name)
    {
        var local = new StringBuilder(name.Length + 4);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ':
                    local.Append("ae");
                    break;
                case 'ø':
                    local.Append('o');
                    break;
                case 'å':
                    local.Append('a');
                    break;
                case ' ' or '.':
                    if (local.Length > 0 && local[^1] != '.')
                    {
                        local.Append('.');
                    }
                    break;
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == '-')
                    {
                        local.Append(c);
                    }
                    break;
            }
        }
        return local.ToString().Trim('.');
    }
}
