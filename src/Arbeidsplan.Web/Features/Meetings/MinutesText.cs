using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The minutes in the order boards write them, once as a document (Word and PDF) and once as plain text (kept with a correction as the version it
/// replaced): header with body, time and place, who was present, each numbered case with its discussion and the decision in bold
/// with the vote, the decisions made between meetings, and the signatures. Built from the minutes as the reader sees them, so a
/// closed case shows only its number in the public version.
/// </summary>
public static class MinutesText
{
    private enum Part { Title, Heading, Subheading, Fact, Text, Bold, Signature }

    public static Paper Paper(MinutesView minutes)
    {
        var doc = new Documents.Paper();
        foreach (var (part, text) in Parts(minutes))
        {
            _ = part switch
            {
                Part.Title => doc.Title(text),
                Part.Heading => doc.Heading(text),
                Part.Subheading => doc.Heading(text, 2),
                Part.Fact => doc.Fact(text[..text.IndexOf(':', StringComparison.Ordinal)], text[(text.IndexOf(':', StringComparison.Ordinal) + 2)..]),
                Part.Bold => doc.Text(text, bold: true),
                Part.Signature => doc.Signature(text),
                _ => doc.Text(text),
            };
        }
        return doc;
    }

    public static string Of(MinutesView minutes) => string.Join("\n", Parts(minutes).Select(p => p.Item2));

    private static IEnumerable<(Part, string)> Parts(MinutesView m)
    {
        yield return (Part.Title, $"Protokoll fra {m.Title.ToLowerInvariant()}");
        yield return (Part.Fact, $"Organ: {m.BodyName}");
        yield return (Part.Fact, $"Tid: {MeetingMail.When(m.StartsAt, null)}");
        if (m.Place is not null)
        {
            yield return (Part.Fact, $"Sted: {m.Place}");
        }
        if (m.Revision > 1)
        {
            yield return (Part.Fact, $"Versjon: {m.Revision} (rettet: {m.Corrections[^1].Reason})");
        }
        yield return (Part.Fact, $"Til stede: {Names(m.People.Where(p => p.Present == true))}");
        yield return (Part.Fact, $"Forfall: {Names(m.People.Where(p => p.Present == false && p.Role != AttendanceRole.Invitee))}");
        if (m.IsPublic && m.Cases.Any(c => c.Hidden))
        {
            yield return (Part.Text, "Offentlig versjon: saker unntatt offentlighet er bare nevnt med nummer.");
        }
        yield return (Part.Heading, "Saker");
        foreach (var c in m.Cases)
        {
            yield return (Part.Subheading, $"{c.Number} {c.Title}");
            if (c.Disqualified.Count > 0)
            {
                yield return (Part.Text, $"{NorwegianText.List(c.Disqualified)} fratrådte som inhabil{(c.Disqualified.Count > 1 ? "e" : "")} i saken.");
            }
            if (c.Discussion is { Length: > 0 } discussion)
            {
                yield return (Part.Text, discussion);
            }
            if (c.Decision is { Length: > 0 } decision)
            {
                yield return (Part.Text, "Vedtak:");
                yield return (Part.Bold, decision);
                yield return (Part.Text, $"{c.VoteText}.");
            }
        }
        if (m.Reported.Count > 0)
        {
            yield return (Part.Heading, "Vedtak gjort mellom møtene");
            foreach (var d in m.Reported)
            {
                yield return (Part.Subheading, $"{NorwegianTime.Format(d.DecidedOn)}: {d.Title}");
                yield return (Part.Bold, d.Text);
                yield return (Part.Text, $"{d.VoteText}.");
            }
        }
        yield return (Part.Text, m.Approval ?? "Protokollen er ikke godkjent.");
        foreach (var name in m.Signatures)
        {
            yield return (Part.Signature, name);
        }
    }

    private static string Names(IEnumerable<PresenceRow> people) =>
        people.Select(p => $"{p.Name} ({p.Office})").ToList() is { Count: > 0 } names ? string.Join(", ", names) : "ingen ført";
}
