using System.Text;
using System.Text.Encodings.Web;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Documents;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The notice of a meeting as e-mail in Bokmål, plain text and HTML, with the agenda, the signed link to answer and the meeting as
/// .ics; and the call to a deputy member when a member has sent forfall. An invitee's notice leaves the closed cases out.
/// </summary>
public sealed class MeetingMail(IConfiguration configuration, AttendanceLinks links)
{
    public string BaseUrl => (configuration["App:BaseUrl"] ?? "").TrimEnd('/');

    public static string When(LocalDateTime starts, LocalDateTime? ends) =>
        $"{NorwegianTime.Format(starts.Date)} kl. {starts:HH:mm}{(ends is { } end ? $"–{end:HH:mm}" : "")}";

    public OutboxMessage Notice(Meeting meeting, string bodyName, IReadOnlyList<MeetingCase> cases, Participant to, Instant now)
    {
        var (key, subject, intro) = NoticeText(meeting, bodyName, to);
        var shown = to.Role == AttendanceRole.Invitee ? cases.Where(c => !c.IsClosed).ToList() : cases;
        return Message(key, meeting, to, subject, intro, shown, now);
    }

    /// <summary>The notice in the app: to everyone it goes to, and the only word to those without an e-mail address.</summary>
    public static Notification NoticeInApp(Meeting meeting, string bodyName, Participant to, Instant now)
    {
        var (key, subject, intro) = NoticeText(meeting, bodyName, to);
        return InApp(key, meeting, to, subject, intro, now);
    }

    private static (string Key, string Subject, string Intro) NoticeText(Meeting meeting, string bodyName, Participant to) =>
        ($"notice:{meeting.Id:N}:{to.PersonId:N}:{meeting.Version}", $"Innkalling: {meeting.Title}, {NorwegianTime.Format(meeting.StartsAt.Date)}",
            to.Role == AttendanceRole.Invitee
                ? $"{bodyName} inviterer deg ({to.Office.ToLowerInvariant()}) til {meeting.Title.ToLowerInvariant()} {When(meeting.StartsAt, meeting.EndsAt)}{At(meeting)}."
                : $"Du kalles inn til {meeting.Title.ToLowerInvariant()} i {bodyName} {When(meeting.StartsAt, meeting.EndsAt)}{At(meeting)}.");

    public static string CallKey(Meeting meeting, Guid personId) => $"call:{meeting.Id:N}:{personId:N}";

    public OutboxMessage Call(Meeting meeting, string bodyName, IReadOnlyList<MeetingCase> cases, Participant to, Instant now)
    {
        var (subject, intro) = CallText(meeting, bodyName, to);
        return Message(CallKey(meeting, to.PersonId), meeting, to, subject, intro, cases, now);
    }

    public static Notification CallInApp(Meeting meeting, string bodyName, Participant to, Instant now)
    {
        var (subject, intro) = CallText(meeting, bodyName, to);
        return InApp(CallKey(meeting, to.PersonId), meeting, to, subject, intro, now);
    }

    private static (string Subject, string Intro) CallText(Meeting meeting, string bodyName, Participant to) =>
        ($"Du er kalt inn som vara: {meeting.Title}, {NorwegianTime.Format(meeting.StartsAt.Date)}",
            $"Et medlem av {bodyName} har meldt forfall, og du kalles inn som varamedlem ({to.Office.ToLowerInvariant()}) til {meeting.Title.ToLowerInvariant()} "
            + $"{When(meeting.StartsAt, meeting.EndsAt)}{At(meeting)}.");

    private static string ChangeKey(Meeting meeting, Guid personId) => $"change:{meeting.Id:N}:{personId:N}:{meeting.Status}:{meeting.Version}";

    private static string ChangeSubject(Meeting meeting) => meeting.Status == MeetingStatus.Cancelled
        ? $"Avlyst: {meeting.Title}, {NorwegianTime.Format(meeting.StartsAt.Date)}"
        : $"Flyttet: {meeting.Title}, nå {NorwegianTime.Format(meeting.StartsAt.Date)}";

    public static Notification ChangeInApp(Meeting meeting, Participant to, string what, Instant now) =>
        InApp(ChangeKey(meeting, to.PersonId), meeting, to, ChangeSubject(meeting), what, now);

    private static Notification InApp(string key, Meeting meeting, Participant to, string subject, string text, Instant now) =>
        new(key, to.PersonId, ReminderKind.MeetingMessage, subject, text, $"/moter/{meeting.Id}", now);

    /// <summary>Word to everyone who had the notice that the meeting is moved or cancelled, without the agenda; a cancelled one has no calendar file.</summary>
    public OutboxMessage Change(Meeting meeting, string bodyName, Participant to, string what, Instant now)
    {
        var subject = ChangeSubject(meeting);
        var open = $"{BaseUrl}/moter/{meeting.Id}";
        var e = HtmlEncoder.Default;
        var text = $"Hei {to.Name},\n\n{what}\n\nMøtet i Arbeidsplan: {open}\n";
        var html = $"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{e.Encode(subject)}</title></head>"
            + $"<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\"><p>Hei {e.Encode(to.Name)},</p><p>{e.Encode(what)}</p>"
            + $"<p><a href=\"{e.Encode(open)}\">Åpne møtet i Arbeidsplan</a>, med sakspapirer og vedlegg</p></body></html>";
        var message = new OutboxMessage(ChangeKey(meeting, to.PersonId), to.PersonId, meeting.OrganisationId, null, to.Email!,
            subject, text, html, now);
        return meeting.Status == MeetingStatus.Cancelled ? message : message.WithAttachment("mote.ics", IcsWriter.Write(meeting.Title, [Ics(meeting, open)]));
    }

    private static string At(Meeting meeting) => meeting.Place is null ? "" : $", {meeting.Place}";

    private OutboxMessage Message(string key, Meeting meeting, Participant to, string subject, string intro, IReadOnlyList<MeetingCase> cases, Instant now)
    {
        var answer = $"{BaseUrl}/moter/svar?t={Uri.EscapeDataString(links.Answer(meeting.Id, to.PersonId))}";
        var open = $"{BaseUrl}/moter/{meeting.Id}";
        var e = HtmlEncoder.Default;
        var text = new StringBuilder("Hei ").Append(to.Name).Append(",\n\n").Append(intro).Append("\n\nSaksliste:\n");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>").Append(e.Encode(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\"><p>Hei ").Append(e.Encode(to.Name))
            .Append(",</p><p>").Append(e.Encode(intro)).Append("</p><h2 style=\"font-size:110%\">Saksliste</h2><ol style=\"list-style:none;padding:0\">");
        foreach (var c in cases)
        {
            text.Append(c.NumberLabel).Append(' ').Append(c.Title).Append(" (").Append(c.Kind.Label().ToLowerInvariant()).Append(")\n");
            html.Append("<li><strong>").Append(e.Encode(c.NumberLabel)).Append("</strong> ").Append(e.Encode(c.Title))
                .Append(" <span style=\"color:#555\">(").Append(e.Encode(c.Kind.Label().ToLowerInvariant())).Append(")</span>");
            // The whole proposal is on the meeting's page; the e-mail keeps a long one short, so 30 cases stay within the outbox's text.
            if (c.ProposedDecision is { } full && (full.Length > 1000 ? full[..999] + "… (resten står i Arbeidsplan)" : full) is var proposal)
            {
                text.Append("   Forslag til vedtak: ").Append(proposal).Append('\n');
                html.Append("<br>Forslag til vedtak: <strong>").Append(e.Encode(proposal)).Append("</strong>");
            }
            html.Append("</li>");
        }
        text.Append("\nSvar om du kommer eller har forfall: ").Append(answer).Append("\nMøtet i Arbeidsplan, med sakspapirer og vedlegg: ").Append(open)
            .Append("\nMøtet ligger ved som kalenderfil (mote.ics).\n");
        html.Append("</ol><p><a href=\"").Append(e.Encode(answer)).Append("\">Svar om du kommer eller har forfall</a></p><p><a href=\"")
            .Append(e.Encode(open)).Append("\">Åpne møtet i Arbeidsplan</a>, med sakspapirer og vedlegg</p><p style=\"font-size:90%\">Møtet ligger ved som kalenderfil.</p></body></html>");
        return new OutboxMessage(key, to.PersonId, meeting.OrganisationId, null, to.Email!, subject.Length > 300 ? subject[..299] + "…" : subject,
                text.ToString(), html.ToString(), now)
            .WithAttachment("mote.ics", IcsWriter.Write(meeting.Title, [Ics(meeting, open)]));
    }

    private static IcsEntry Ics(Meeting meeting, string url)
    {
        // A calendar entry needs an end: a meeting without one is put in as two hours.
        var ends = meeting.EndsAt ?? meeting.StartsAt.PlusHours(2);
        var when = new EventWhen(meeting.StartsAt.Date, ends.Date, meeting.StartsAt.TimeOfDay, ends.TimeOfDay);
        // A meeting that is a date-plan event keeps the event's identity, so the calendar that has it from the feed updates it.
        var uid = meeting.EventId is { } e ? $"mote-{e:N}-{meeting.StartsAt.Date:yyyyMMdd}@arbeidsplan" : $"mote-{meeting.Id:N}@arbeidsplan";
        return new IcsEntry(uid, meeting.Title, when, null, [], meeting.Place, null, url, (int)Math.Min(meeting.Version, int.MaxValue), meeting.NoticeSentAt ?? default,
            "Møte", false);
    }
}
