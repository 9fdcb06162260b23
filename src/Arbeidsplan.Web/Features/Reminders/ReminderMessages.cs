using Arbeidsplan.Domain.Common;
using System.Text;
using System.Text.Encodings.Web;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Documents;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// A person's reminders of one day as one e-mail in Bokmål, plain text and HTML: each with its lines, link, why the person gets it and
/// a link to stop that kind, then the link to choose reminders; a meeting's calendar entries as one .ics. And each reminder as the
/// notification the app shows.
/// </summary>
public sealed class ReminderMessages(IConfiguration configuration, ReminderLinks links)
{
    public string BaseUrl => (configuration["App:BaseUrl"] ?? "").TrimEnd('/');

    /// <summary>The longest text a notification keeps; a county's digest of hundreds of branches is cut there, the e-mail keeps it all.</summary>
    public const int MaxBody = 20_000;

    /// <summary>
    /// The most text of lines one e-mail carries (the outbox keeps 100,000 characters of text): a county digest with another long
    /// reminder the same day ends its lines there and points to the app, and every section keeps its title and links.
    /// </summary>
    public const int MaxEmailLines = 60_000;

    public Notification Notification(PlannedReminder r, Instant now)
    {
        var body = string.Join("\n", r.Item.Lines);
        return new(r.Key, r.Person.PersonId, r.Item.Kind, r.Item.Title, body.Length <= MaxBody ? body : body[..(MaxBody - 1)] + "…", r.Item.Link, now);
    }

    /// <summary>
    /// One e-mail for one person's new reminders of a run, so a busy leader gets one message a day, not five. Its key is the first
    /// reminder's, which no other message can take; its List-Unsubscribe header stops the kinds it holds.
    /// </summary>
    public OutboxMessage Email(IReadOnlyList<PlannedReminder> reminders, Instant now)
    {
        var person = reminders[0].Person;
        var kinds = reminders.Select(r => r.Item.Kind).Distinct().Order().ToList();
        var choose = $"{BaseUrl}/varsler/lenke?t={Uri.EscapeDataString(links.Preferences(person.PersonId))}";
        var e = HtmlEncoder.Default;
        var text = new StringBuilder("Hei ").Append(person.Name).Append(",\n");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(Subject(reminders))).Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">")
            .Append("<p>Hei ").Append(e.Encode(person.Name)).Append(",</p>");
        if (reminders.Count > 1)
        {
            text.Append("\nDu har ").Append(reminders.Count).Append(" påminnelser i dag.\n");
            html.Append("<p>Du har ").Append(reminders.Count).Append(" påminnelser i dag.</p>");
        }
        var budget = MaxEmailLines;
        foreach (var r in reminders)
        {
            budget = Section(r, text, html, e, budget);
        }
        text.Append("\n-- \nVelg hvilke påminnelser du får: ").Append(choose).Append('\n');
        html.Append("<hr><p style=\"font-size:90%\"><a href=\"").Append(e.Encode(choose)).Append("\">Velg hvilke påminnelser du får</a></p></body></html>");

        var first = reminders[0];
        var message = new OutboxMessage(first.Key, person.PersonId, first.Item.OrganisationId, kinds.Count == 1 ? kinds[0] : null, person.Email!,
            Subject(reminders), text.ToString(), html.ToString(), now)
            .WithUnsubscribe($"{BaseUrl}/api/reminders/unsubscribe?t={Uri.EscapeDataString(links.Unsubscribe(person.PersonId, kinds))}");
        var meetings = reminders.Select(r => r.Item.Meeting).OfType<IcsEntry>().ToList();
        return meetings.Count == 0 ? message : message.WithAttachment("mote.ics", IcsWriter.Write(meetings.Count == 1 ? meetings[0].Title : "Møter", meetings));
    }

    /// <summary>The subject, with a long measure's title cut so it fits a subject line (and the outbox's 300 characters).</summary>
    private static string Subject(IReadOnlyList<PlannedReminder> reminders)
    {
        var title = reminders[0].Item.Title is { Length: > 200 } long_ ? long_[..199] + "…" : reminders[0].Item.Title;
        return reminders.Count == 1 ? $"Påminnelse: {title}" : $"{reminders.Count} påminnelser: {title} med flere";
    }

    /// <summary>Writes one reminder's section; returns what is left of the budget for lines.</summary>
    private int Section(PlannedReminder r, StringBuilder text, StringBuilder html, HtmlEncoder e, int budget)
    {
        var item = r.Item;
        var open = BaseUrl + item.Link;
        var stop = $"{BaseUrl}/varsler/avmelding?t={Uri.EscapeDataString(links.Unsubscribe(r.Person.PersonId, [item.Kind]))}";
        var label = ReminderKinds.Label(item.Kind);
        var lines = Within(item.Lines, ref budget);
        text.Append("\n== ").Append(item.Title).Append(" ==\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        text.Append("Åpne i Arbeidsplan: ").Append(open).Append('\n')
            .Append("Du får denne påminnelsen («").Append(label).Append("») fordi ").Append(item.Who).Append(".\n")
            .Append("Slutt å få «").Append(label).Append("»: ").Append(stop).Append('\n');

        html.Append("<h2 style=\"font-size:110%\">").Append(e.Encode(item.Title)).Append("</h2><ul>");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(e.Encode(line)).Append("</li>");
        }
        html.Append("</ul><p><a href=\"").Append(e.Encode(open)).Append("\">Åpne i Arbeidsplan</a></p><p style=\"font-size:90%\">")
            .Append("Du får denne påminnelsen («").Append(e.Encode(label)).Append("») fordi ").Append(e.Encode(item.Who)).Append(". ")
            .Append("<a href=\"").Append(e.Encode(stop)).Append("\">Slutt å få «").Append(e.Encode(label)).Append("»</a></p>");
        return budget;
    }

    private static List<string> Within(IReadOnlyList<string> lines, ref int budget)
    {
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > budget)
            {
                kept.Add($"… og {Plural.Of(lines.Count - kept.Count, "linje", "linjer")} til. Resten står i Arbeidsplan.");
                budget = 0;
                break;
            }
            kept.Add(line);
            budget -= line.Length;
        }
        return kept;
    }
}
