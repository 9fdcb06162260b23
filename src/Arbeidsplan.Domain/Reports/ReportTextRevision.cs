using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reports;

/// <summary>One kept revision of a section's text.</summary>
public sealed class ReportTextRevision : IAudited
{
    private ReportTextRevision() => (Text, Author) = ("", "");

    public ReportTextRevision(Guid textId, int revision, string text, string author, Instant at)
    {
        Id = Guid.CreateVersion7();
        (TextId, Revision, Text, Author, At) = (textId, revision, text, author, at);
    }

    public Guid Id { get; private set; }
    public Guid TextId { get; private set; }
    public int Revision { get; private set; }
    public string Text { get; private set; }
    public string Author { get; private set; }
    public Instant At { get; private set; }
    public bool IsDemo { get; set; }

    public void ForgetAuthor() => Author = Erased.Name;
}
