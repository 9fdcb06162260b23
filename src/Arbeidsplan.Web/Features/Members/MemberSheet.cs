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

    /// <summary>The recruitment campaigns with their winner so far: a row per campaign.</summary>
    public static IEnumerable<Dictionary<string, object?>> Campaigns(IEnumerable<CampaignRow> campaigns) => campaigns.Select(c => new Dictionary<string, object?>
    {
        ["Kampanje"] = c.Name, ["Fra"] = c.From, ["Til og med"] = c.To, ["Mål"] = c.Target, ["Vervet"] = c.Recruited,
        ["Talt per"] = c.CountedOn, ["Premie"] = c.Prize, ["Leder"] = c.Leaderboard.Count > 0 ? c.Leaderboard[0].Branch : null,
    });

    /// <summary>A branch's lists to follow up, the unpaid then the new, as the leader calls them.</summary>
    public static IEnumerable<Dictionary<string, object?>> Lists(MemberListsView lists) =>
        lists.Unpaid.Select(m => (List: "Ikke betalt", m)).Concat(lists.New.Select(m => (List: "Nytt medlem", m))).Select(x => new Dictionary<string, object?>
        {
            ["Liste"] = x.List, ["Medlemsnummer"] = x.m.MemberNumber, ["Navn"] = x.m.Name, ["Telefon"] = x.m.Phone, ["E-post"] = x.m.Email,
            ["Innmeldt"] = x.m.JoinedOn, ["Betalt for år"] = x.m.PaidForYear, ["Fulgt opp"] = x.m.DoneOn, ["Av"] = x.m.DoneBy,
        });
}
