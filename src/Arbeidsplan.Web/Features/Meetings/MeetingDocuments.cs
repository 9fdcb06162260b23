using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A meeting's papers as Word in the layout boards use: the notice with its header (body, time, place), the numbered cases with
/// their background and the proposed decision in bold. Built from the meeting as the reader sees it, so a closed case shows only
/// its number to someone not on the body.
/// </summary>
public static class MeetingDocuments
{
    public static byte[] Notice(MeetingDetail meeting)
    {
        var doc = new DocxWriter()
            .Title($"Innkalling til {meeting.Title.ToLowerInvariant()}")
            .Fact("Organ", meeting.BodyName)
            .Fact("Tid", MeetingMail.When(meeting.StartsAt, meeting.EndsAt));
        if (meeting.Place is not null)
        {
            doc.Fact("Sted", meeting.Place);
        }
        doc.Text($"Medlemmene av {meeting.BodyName.ToLowerInvariant()} kalles inn til møte. Forfall meldes så snart som mulig, så varamedlem kan kalles inn.")
            .Heading("Saksliste");
        foreach (var c in meeting.Cases)
        {
            doc.Heading($"{c.Number} {c.Title}", 2).Fact("Sakstype", c.KindLabel);
            if (c.Background is { Length: > 0 } background)
            {
                doc.Text(background);
            }
            if (c.Attachments.Count > 0)
            {
                doc.Fact("Vedlegg", string.Join(", ", c.Attachments.Select(a => a.FileName)));
            }
            if (c.ProposedDecision is { Length: > 0 } proposal)
            {
                doc.Text("Forslag til vedtak:").Text(proposal, bold: true);
            }
        }
        if (meeting.ExecutiveDecisions.Count > 0)
        {
            doc.Heading(Domain.Meetings.StandardAgendaItem.ExecutiveReportTitle);
            foreach (var d in meeting.ExecutiveDecisions)
            {
                doc.Heading($"{d.CaseNumber ?? "Mellom møtene"}, {Domain.Common.NorwegianTime.Format(d.DecidedOn)}: {d.Title}", 3);
                if (d.Text is not null)
                {
                    doc.Text(d.Text, bold: true);
                }
            }
        }
        return doc.Text("Med vennlig hilsen").Text(meeting.BodyName).ToBytes();
    }

    /// <summary>The file name: «innkalling-fylkesstyret-2027-01-12.docx».</summary>
    public static string FileName(string kind, MeetingDetail meeting) => FileName(kind, meeting.BodyName, meeting.StartsAt);

    public static string FileName(string kind, string bodyName, NodaTime.LocalDateTime startsAt) =>
        $"{kind}-{Slug(bodyName)}-{startsAt.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.docx";

    private static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');

    /// <summary>The content type of a Word document.</summary>
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
