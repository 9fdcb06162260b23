namespace Arbeidsplan.Web.Features.Members;

/// <summary>The members page's table as a sheet: a row per branch with its counts, then a row per region and the total.</summary>
public static class MemberSheet
{
    public static IEnumerable<Dictionary<string, object?>> Rows(MemberStatistics stats)
    {
        var yearEnd = $"31.12.{stats.LastYear}";
        var before = $"31.12.{stats.LastYear - 1}";
        foreach (var b in stats.Branches)
        {
            yield return new Dictionary<string, object?>
            {
                ["Lokallag"] = b.Branch, ["Region"] = b.Region, ["Betalende nå"] = b.Paying, [yearEnd] = b.LastYearEnd, [before] = b.YearEndBefore,
                ["Endring"] = b.Change, ["Mål"] = b.Target, ["Mot målet"] = b.AgainstTarget, ["Ikke betalt"] = b.Unpaid, ["Nye"] = b.New, ["Utmeldte"] = b.Lapsed,
            };
        }
        foreach (var t in stats.Regions.Append(stats.Total))
        {
            yield return new Dictionary<string, object?>
            {
                ["Lokallag"] = $"Sum {t.Name}", ["Region"] = null, ["Betalende nå"] = t.Paying, [yearEnd] = t.LastYearEnd, [before] = t.YearEndBefore,
                ["Endring"] = t.Change, ["Mål"] = t.Target, ["Mot målet"] = null, ["Ikke betalt"] = t.Unpaid, ["Nye"] = t.New, ["Utmeldte"] = t.Lapsed,
            };
        }
    }
}
