using System.Globalization;

namespace Arbeidsplan.Domain.Register;

/// <summary>
/// Reads a board instruction (arbeidsinstruks) written the way the work plans write it: a role heading
/// ("### Leder:", "Studieleder:", "Styremedlemmer/regionkontakter:") followed by bullets (•, ●, - or *),
/// wrapped lines that continue the bullet above, and plain paragraphs. Margin line numbers copied from a
/// numbered document ("171 • …", "- 171 • …", "• … 176"), bold markers and empty lines are dropped.
/// Text before the first heading is ignored.
/// </summary>
public static class DutyDocument
{
    private const int MaxHeadingWords = 6;
    private const int MaxHeadingLength = 60;
    private const int MaxBareHeadingWords = 4;

    private enum Kind
    {
        Blank,
        Heading,
        Bullet,
        Text,
    }

    private enum Open
    {
        None,
        Bullet,
        Paragraph,
    }

    /// <param name="Kind">What the line is.</param>
    /// <param name="Text">The cleaned text.</param>
    /// <param name="DoubleMarked">A list dash and a bullet glyph on one line ("- 171 • …"), as a converted numbered document writes bullets.</param>
    /// <param name="DashOnly">A list dash and a margin number but no glyph ("- 223 fortsettelse"): in a document of double-marked bullets, a wrapped line.</param>
    private sealed record Line(Kind Kind, string Text, bool DoubleMarked = false, bool DashOnly = false);

    private static readonly Line BlankLine = new(Kind.Blank, "");

    public static IReadOnlyList<DutySection> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(Read).ToList();
        var builder = new SectionBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Take(lines, i);
        }
        return builder.Sections;
    }

    /// <summary>Walks the lines once, deciding for each whether it opens a role, adds a duty or continues the one above.</summary>
    private sealed class SectionBuilder
    {
        private readonly List<(string Title, List<string> Duties)> sections = [];
        private List<string>? duties;
        private Open open = Open.None;
        private bool lastDoubleMarked;
        private bool blankBefore = true;
        private bool pendingBullet;

        public IReadOnlyList<DutySection> Sections => sections.Select(s => new DutySection(s.Title, s.Duties.AsReadOnly())).ToList().AsReadOnly();

        public void Take(List<Line> lines, int i)
        {
            var line = lines[i];
            if (line.Kind == Kind.Blank)
            {
                blankBefore = true;
                return;
            }
            if (line.Kind == Kind.Bullet && line.Text.Length == 0)
            {
                // A bullet glyph alone on its line: the text follows on the next line.
                pendingBullet = true;
                blankBefore = false;
                return;
            }
            var lastDuty = duties is { Count: > 0 } ? duties[^1] : null;
            var mayStartHeading = blankBefore || open == Open.None || lastDuty is null || EndsSentence(lastDuty);
            if (line.Kind == Kind.Heading
                || (line.Kind == Kind.Text && !pendingBullet && IsPlainHeading(line.Text, NextIsBullet(lines, i), mayStartHeading)))
            {
                duties = [];
                sections.Add((Title(line.Text), duties));
                open = Open.None;
            }
            else if (duties is not null)
            {
                // Text before the first heading is not part of any role.
                AddToDuties(duties, line, lastDuty);
            }
            pendingBullet = false;
            blankBefore = false;
        }

        private void AddToDuties(List<string> list, Line line, string? lastDuty)
        {
            if (pendingBullet || (line.Kind == Kind.Bullet && !(line.DashOnly && open == Open.Bullet && lastDoubleMarked)))
            {
                list.Add(line.Text);
                open = Open.Bullet;
                lastDoubleMarked = line.DoubleMarked;
            }
            else if (open == Open.None || lastDuty is null
                || (open == Open.Bullet && line.Kind == Kind.Text && EndsSentence(lastDuty) && StartsWithCapital(line.Text)))
            {
                // A paragraph under the heading, or a new paragraph after a finished bullet.
                list.Add(line.Text);
                open = Open.Paragraph;
            }
            else
            {
                list[^1] = lastDuty + " " + line.Text;
            }
        }
    }

    private static Line Read(string raw)
    {
        var text = raw.Replace("**", "", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return BlankLine;
        }

        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#')
        {
            hashes++;
        }
        if (hashes > 0 && (hashes == text.Length || char.IsWhiteSpace(text[hashes])))
        {
            var heading = Clean(StripLeadingNumber(text[hashes..].Trim()).Text);
            return heading.Length == 0 ? BlankLine : new Line(Kind.Heading, heading);
        }

        var dash = IsDashBullet(text);
        if (dash)
        {
            text = text[2..].TrimStart();
        }
        (text, var margin) = StripLeadingNumber(text);

        var glyph = false;
        if (text.Length > 0 && IsBulletGlyph(text[0]))
        {
            glyph = true;
            text = StripNumberBeforeCapital(text[1..].TrimStart());
        }
        else if (!dash && IsDashBullet(text))
        {
            // "171 - tekst": a margin number before a dash bullet.
            glyph = true;
            text = text[2..].TrimStart();
        }

        text = Clean(text);
        if (!dash && !glyph)
        {
            return text.Length == 0 ? BlankLine : new Line(Kind.Text, text);
        }
        return new Line(Kind.Bullet, text, DoubleMarked: dash && glyph, DashOnly: dash && !glyph && margin);
    }

    private static bool IsDashBullet(string text) =>
        text.Length >= 2 && text[0] is '-' or '*' && char.IsWhiteSpace(text[1]);

    private static bool IsBulletGlyph(char c) => c is '•' or '●' or '▪' or '◦' or '‣';

    private static (string Text, bool Stripped) StripLeadingNumber(string text)
    {
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return IsMarginNumber(text[..end]) ? (text[end..].TrimStart(), true) : (text, false);
    }

    private static string StripNumberBeforeCapital(string text)
    {
        var (rest, stripped) = StripLeadingNumber(text);
        return stripped && rest.Length > 0 && StartsWithCapital(rest) ? rest : text;
    }

    private static string StripTrailingNumber(string text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        return start > 0 && IsMarginNumber(text[start..]) ? text[..start].TrimEnd() : text;
    }

    /// <summary>One to four digits, but not a year: "2026" at the end of a duty is a deadline, not a line number.</summary>
    private static bool IsMarginNumber(string token) =>
        token.Length is > 0 and <= 4
        && token.All(char.IsAsciiDigit)
        && !(token.Length == 4 && int.Parse(token, CultureInfo.InvariantCulture) is >= 1900 and <= 2100);

    private static string Clean(string text) =>
        string.Join(' ', StripTrailingNumber(text.Trim()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsPlainHeading(string text, bool bulletsFollow, bool mayStartHeading)
    {
        if (!StartsWithCapital(text))
        {
            return false;
        }
        if (text.EndsWith(':'))
        {
            var core = text.TrimEnd(':').Trim();
            return core.Length is > 0 and <= MaxHeadingLength && WordCount(core) <= MaxHeadingWords;
        }
        // A short line without a colon is a heading only where a heading can stand: after an empty line or a
        // finished sentence, and with bullets under it. Otherwise it is a wrapped line.
        return bulletsFollow && mayStartHeading
            && text.Length <= MaxHeadingLength
            && WordCount(text) <= MaxBareHeadingWords
            && !".,;:!?".Contains(text[^1], StringComparison.Ordinal);
    }

    private static bool NextIsBullet(List<Line> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Kind != Kind.Blank)
            {
                return lines[i].Kind == Kind.Bullet;
            }
        }
        return false;
    }

    private static string Title(string text) => text.TrimEnd(':').TrimEnd();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool StartsWithCapital(string text) => text.Length > 0 && char.IsLetter(text[0]) && char.IsUpper(text[0]);

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?';
}
