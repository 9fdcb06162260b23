using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A meeting's papers in the layout boards use (Word and PDF): the notice with its header (body, time, place), the numbered cases with
/// their background and the proposed decision in bold. Built from the meeting as the reader sees it, so a closed case shows only
/// its number to someone not on the body.
/// </summary>
public static class MeetingDocuments
{
    public static Paper Notice(MeetingDetail meeting)
    {
        var doc = new Paper()
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
        return doc.Text("Med vennlig hilsen").Text(meeting.BodyName);
    }

    /// <summary>The file name: «innkalling-fylkesstyret-2027-01-12.docx».</summary>
    public static string FileName(string kind, MeetingDetail meeting, string extension = "docx") => FileName(kind, meeting.BodyName, meeting.StartsAt, extension);

    public static string FileName(string kind, string bodyName, NodaTime.LocalDateTime startsAt, string extension = "docx") =>
        $"{kind}-{Paper.Slug(bodyName)}-{startsAt.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";


}
