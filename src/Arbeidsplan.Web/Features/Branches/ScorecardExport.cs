using Arbeidsplan.Web.Documents;
using System.Globalization;
using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Study;

namespace Arbeidsplan.Web.Features.Branches;

/// <summary>The scorecard as an Excel sheet: the numbers and each light as a word, one row per branch, then the totals.</summary>
public static class ScorecardExport
{
    public static byte[] Xlsx(Scorecard card)
    {
        var rows = card.Branches.Select(b => new Dictionary<string, object?>
        {
            ["Lokallag"] = b.Name,
            ["Region"] = b.Region,
            ["Betalende nå"] = b.Paying,
            [$"31.12.{card.LastYear}"] = b.LastYearEnd,
            [$"31.12.{card.LastYear - 1}"] = b.YearEndBefore,
            ["Mål"] = b.Target,
            ["Mot målet"] = b.AgainstTarget,
            ["Ikke betalt"] = b.Unpaid,
            ["Nye"] = b.New,
            ["Årsmøte"] = b.AnnualMeeting?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Tomme verv"] = string.Join(", ", b.EmptyPositions),
            ["Påkrevd studiering"] = b.RequiredCircle switch { RequirementState.Done => $"Gjennomført {b.RequiredCircleDone:dd.MM.yyyy}", RequirementState.Missed => "Fristen er ute", RequirementState.Pending => "Ikke ennå", _ => null },
            ["Studietimer i år"] = b.StudyHours,
            ["Studietimer i fjor"] = b.StudyHoursLastYear,
            ["Regionmøter"] = b.RegionMeetings,
            ["Siste kontakt"] = b.LastContact?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Nettside sjekket"] = b.WebsiteCheckedOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Sosiale medier sjekket"] = b.SocialMediaCheckedOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            [$"Årsmelding {card.LastYear} sendt"] = b.ReportSentOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Nominasjon"] = b.Nomination,
            ["Åpne flagg"] = b.OpenFlags,
            ["Grunner"] = b.FlagReasons,
            ["Svakhet (rødt 2, gult 1)"] = b.Weakness,
            ["Lys: medlemmer"] = b.Lights.Members.Label(),
            ["Lys: årsmøte"] = b.Lights.AnnualMeeting.Label(),
            ["Lys: styre"] = b.Lights.Board.Label(),
            ["Lys: studiering"] = b.Lights.RequiredCircle.Label(),
            ["Lys: studietimer"] = b.Lights.Study.Label(),
            ["Lys: regionmøter"] = b.Lights.RegionMeetings.Label(),
            ["Lys: kontakt"] = b.Lights.Contact.Label(),
            ["Lys: nettside"] = b.Lights.Website.Label(),
            ["Lys: sosiale medier"] = b.Lights.SocialMedia.Label(),
            ["Lys: nominasjon"] = b.Lights.Nomination.Label(),
        }).ToList();
        rows.AddRange(card.Regions.Append(card.Total).Select(t => new Dictionary<string, object?>
        {
            ["Lokallag"] = $"Sum {t.Name}", ["Region"] = null, ["Betalende nå"] = t.Paying, [$"31.12.{card.LastYear}"] = t.LastYearEnd,
            [$"31.12.{card.LastYear - 1}"] = t.YearEndBefore, ["Mål"] = t.Target, ["Mot målet"] = t.Target > 0 ? t.Paying - t.Target : null, ["Ikke betalt"] = t.Unpaid,
            ["Nye"] = t.New, ["Studietimer i år"] = t.StudyHours, ["Studietimer i fjor"] = t.StudyHoursLastYear, ["Åpne flagg"] = t.OpenFlags,
        }));
        // MiniExcel takes its columns from the first row; the totals fill only some of them.
        var columns = rows[0].Keys.ToList();
        var sheet = rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList();
        return ExcelSheet.Write("Lokallag", sheet);
    }
}
