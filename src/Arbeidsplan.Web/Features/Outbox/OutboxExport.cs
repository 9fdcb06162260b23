using Arbeidsplan.Web.Documents;
using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>The outbox as an Excel sheet, for an administrator asked whether a reminder went out: one row per message, newest first.</summary>
public static class OutboxExport
{
    public static byte[] Xlsx(IEnumerable<OutboxRow> messages)
    {
        var rows = messages.Select(m => new Dictionary<string, object?>
        {
            ["Laget"] = NorwegianTime.Format(m.CreatedAt),
            ["Til"] = m.To,
            ["Emne"] = m.Subject,
            ["Type"] = m.Kind,
            ["Status"] = m.StateLabel,
            ["Sendt"] = m.SentAt is { } s ? NorwegianTime.Format(s) : null,
            ["Forsøk"] = m.Attempts,
            ["Grunn"] = m.LastError,
        });
        return ExcelSheet.Write("Utboks", rows);
    }
}
