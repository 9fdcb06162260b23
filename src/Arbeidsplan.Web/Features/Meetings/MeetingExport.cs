using Arbeidsplan.Web.Documents;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>The Møter list and Vedtak til oppfølging as Excel sheets, a row per meeting or task in the order the page shows them.</summary>
public static class MeetingExport
{
    public static byte[] Xlsx(IEnumerable<MeetingRow> meetings)
    {
        var rows = meetings.Select(m => new Dictionary<string, object?>
        {
            ["Dato"] = NorwegianTime.Format(m.StartsAt.Date),
            ["Kl."] = m.StartsAt.ToString("HH:mm", null),
            ["Organ"] = m.BodyName,
            ["Møte"] = m.Title,
            ["Sted"] = m.Place,
            ["Status"] = m.Status switch { MeetingStatus.Held => "Holdt", MeetingStatus.Cancelled => "Avlyst", _ => "Planlagt" },
            ["Innkalling sendt"] = m.NoticeSentAt is { } sent ? NorwegianTime.Format(sent) : null,
        });
        return ExcelSheet.Write("Møter", rows);
    }

    public static byte[] FollowUps(IEnumerable<FollowUpRow> tasks)
    {
        var rows = tasks.Select(t => new Dictionary<string, object?>
        {
            ["Frist"] = NorwegianTime.Format(t.DueOn),
            ["Forsinket"] = t.Overdue ? "Ja" : "",
            ["Oppgave"] = t.Task,
            ["Ansvarlig"] = t.Owner,
            ["Status"] = t.StatusLabel,
            ["Vedtak"] = t.Decision,
            ["Hvor"] = t.Where,
            ["Vedtatt"] = NorwegianTime.Format(t.DecidedOn),
        });
        return ExcelSheet.Write("Vedtak til oppfølging", rows);
    }

    /// <summary>The delegates each branch may send to the annual meeting, with the members counted and the rule under the rows.</summary>
    public static byte[] Delegates(DelegateAllocation allocation)
    {
        var rows = allocation.Branches.Select(b => new Dictionary<string, object?>
        {
            ["Lokallag"] = b.Branch,
            [$"Betalende medlemmer {NorwegianTime.Format(allocation.CountDate)}"] = b.Paying,
            ["Utsendinger"] = b.Delegates,
        }).Append(new Dictionary<string, object?>
        {
            ["Lokallag"] = "Sum", [$"Betalende medlemmer {NorwegianTime.Format(allocation.CountDate)}"] = allocation.Branches.Sum(b => b.Paying ?? 0),
            ["Utsendinger"] = allocation.Total,
        });
        return ExcelSheet.Write("Utsendinger", rows);
    }
}
