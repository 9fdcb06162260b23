using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>What an activity's text says beyond its title: who organises it and where ("Fylkesstyremøte Oppland SP, Teams").</summary>
public static partial class ActivityText
{
    private static readonly string[] VenueWords =
        ["hotel", "hotell", "scandic", "thon", "quality", "radisson", "clarion", "fylkeskontoret", "gardermoen", "rådhus", "kulturhus", "elgstua", "støtvig"];

    /// <summary>
    /// The organiser the text names: the candidate whose distinctive words all appear ("Oppland" and "Senterkvinner"
    /// for "Fylkesårsmøte Oppland Senterkvinner"), most words winning; "lands…" names the national party. Null when none is named.
    /// </summary>
    public static OrganiserCandidate? Organiser(string text, IReadOnlyList<OrganiserCandidate> candidates, Guid preferred)
    {
        var words = Words(text);
        var partyWords = candidates.Where(c => c.Kind == OrganisationKind.National).SelectMany(c => Words(c.Name)).ToList();
        var best = candidates
            .Select(c => (Candidate: c, Own: Words(c.Name).Where(w => !partyWords.Any(p => Same(p, w))).ToList()))
            .Where(c => c.Own.Count > 0 && c.Own.All(w => words.Any(t => Same(t, w))))
            .GroupBy(c => c.Own.Count).OrderByDescending(g => g.Key).FirstOrDefault()?.Select(c => c.Candidate).ToList();
        if (best is { Count: > 0 })
        {
            return best.FirstOrDefault(c => c.Id == preferred) ?? best[0];
        }
        return words.Any(w => w.StartsWith("lands", StringComparison.Ordinal))
            ? candidates.FirstOrDefault(c => c.Kind == OrganisationKind.National)
            : null;
    }

    /// <summary>The title without the place, and the place: "Teams" for a digital meeting, or a last part naming a venue.</summary>
    public static (string Title, string? Place) Place(string text)
    {
        var trimmed = text.Trim().TrimEnd('.').Trim();
        var teams = Teams().Match(trimmed);
        if (teams.Success)
        {
            var title = trimmed.Remove(teams.Index, teams.Length).Trim().TrimEnd(',', '.', '-').Trim();
            return (title.Length > 0 ? title : trimmed, "Teams");
        }
        var cut = Math.Max(trimmed.LastIndexOf(", ", StringComparison.Ordinal), trimmed.LastIndexOf(". ", StringComparison.Ordinal));
        if (cut > 0)
        {
            var last = trimmed[(cut + 2)..].Trim();
            var lower = last.ToLowerInvariant();
            if (last.Length > 0 && char.IsUpper(last[0]) && Words(last).Count <= 6 && VenueWords.Any(v => lower.Contains(v, StringComparison.Ordinal)))
            {
                return (trimmed[..cut].Trim(), last);
            }
        }
        return (trimmed, null);
    }

    private static bool Same(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }
        // "senterungdommen" and "senterungdom", "senterkvinner" and "senterkvinnene": the same name in another form.
        return common == Math.Min(a.Length, b.Length) && common >= 4 || common >= 8;
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && w is not "og" and not "for").ToList();

    [GeneratedRegex(@"[\p{L}]+")] private static partial Regex WordPattern();
    [GeneratedRegex(@"(?:,\s*|\.\s*|\s+)?\(?(?:på\s+|digitalt\s+på\s+)?\bTeams\b\)?", RegexOptions.IgnoreCase)] private static partial Regex Teams();
}
