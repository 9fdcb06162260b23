using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// A section's text as someone rewrote it, with the data's fingerprint at the time (so the page can say the figures changed after
/// the text was written) and a revision number; each revision is kept as a <see cref="ReportTextRevision"/>.
/// </summary>
public sealed class ReportText : IVersioned, IAudited
{
    public const int MaxText = 20_000;

    private ReportText() => (Text, Fingerprint, Author) = ("", "", "");

    public ReportText(Guid reportId, ReportSectionKind kind)
    {
        Id = Guid.CreateVersion7();
        (ReportId, Kind) = (reportId, kind);
        (Text, Fingerprint, Author) = ("", "", "");
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public ReportSectionKind Kind { get; private set; }
    public string Text { get; private set; }
    public string Fingerprint { get; private set; }
    public string Author { get; private set; }
    public Instant WrittenAt { get; private set; }
    public int Revision { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Keeps the new text and returns the revision to store beside the others.</summary>
    public ReportTextRevision Write(string? text, string fingerprint, string author, Instant at)
    {
        Text = Common.Text.Required(text, nameof(Text), "Teksten", MaxText);
        (Fingerprint, Author, WrittenAt) = (fingerprint, author, at);
        Revision++;
        return new ReportTextRevision(Id, Revision, Text, author, at);
    }

    public void ForgetAuthor() => Author = Erased.Name;
}
