using System.Text;
using System.Text.Encodings.Web;
using Arbeidsplan.Domain.Reminders;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// A planned reminder as an e-mail in Bokmål, plain text and HTML, with the item's link, why the person gets it, and the links to
/// choose reminders and stop this kind; and as the notification the app shows.
/// </summary>
public sealed class ReminderMessages(IConfiguration configuration, ReminderLinks links)
{
    public string BaseUrl => (configuration["App:BaseUrl"] ?? "").TrimEnd('/');

    /// <summary>The longest text a notification keeps; a county's digest of hundreds of branches is cut there, the e-mail keeps it all.</summary>
    public const int MaxBody = 20_000;

    public Notification Notification(PlannedReminder r, Instant now)
    {
        var body = string.Join("\n", r.Item.Lines);
        return new(r.Key, r.Person.PersonId, r.Item.Kind, r.Item.Title, body.Length <= MaxBody ? body : body[..(MaxBody - 1)] + "…", r.Item.Link, now);
    }

    public OutboxMessage Email(PlannedReminder r, Instant now)
    {
        var item = r.Item;
        var open = BaseUrl + item.Link;
        var choose = $"{BaseUrl}/varsler/lenke?t={Uri.EscapeDataString(links.Preferences(r.Person.PersonId))}";
        var token = Uri.EscapeDataString(links.Unsubscribe(r.Person.PersonId, item.Kind));
        var stop = $"{BaseUrl}/varsler/avmelding?t={token}";
        var label = ReminderKinds.Label(item.Kind);

        var text = new StringBuilder()
            .Append("Hei ").Append(r.Person.Name).Append(",\n\n");
        foreach (var line in item.Lines)
        {
            text.Append(line).Append('\n');
        }
        text.Append("\nÅpne i Arbeidsplan: ").Append(open).Append("\n\n-- \n")
            .Append("Du får denne påminnelsen («").Append(label).Append("») fordi ").Append(item.Who).Append(".\n")
            .Append("Velg hvilke påminnelser du får: ").Append(choose).Append('\n')
            .Append("Slutt å få «").Append(label).Append("»: ").Append(stop).Append('\n');

        var e = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(item.Title)).Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">")
            .Append("<p>Hei ").Append(e.Encode(r.Person.Name)).Append(",</p><ul>");
        foreach (var line in item.Lines)
        {
            html.Append("<li>").Append(e.Encode(line)).Append("</li>");
        }
        html.Append("</ul><p><a href=\"").Append(e.Encode(open)).Append("\">Åpne i Arbeidsplan</a></p><hr><p style=\"font-size:90%\">")
            .Append("Du får denne påminnelsen («").Append(e.Encode(label)).Append("») fordi ").Append(e.Encode(item.Who)).Append(".<br>")
            .Append("<a href=\"").Append(e.Encode(choose)).Append("\">Velg hvilke påminnelser du får</a> · ")
            .Append("<a href=\"").Append(e.Encode(stop)).Append("\">Slutt å få «").Append(e.Encode(label)).Append("»</a></p></body></html>");

        var message = new OutboxMessage(r.Key, r.Person.PersonId, item.OrganisationId, item.Kind, r.Person.Email!, $"Påminnelse: {item.Title}",
            text.ToString(), html.ToString(), now).WithUnsubscribe($"{BaseUrl}/api/reminders/unsubscribe?t={token}");
        return item.Ics is { } ics ? message.WithAttachment("mote.ics", ics) : message;
    }
}
