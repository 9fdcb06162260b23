using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A dated note on a measure's status, with who wrote it: the evidence of follow-up.</summary>
public sealed class StatusNote : IAudited
{
    private StatusNote() => (Text, Author) = ("", "");

    public StatusNote(Guid measureId, LocalDate on, MeasureStatus status, string? text, string author, Instant writtenAt)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        On = on;
        Status = status;
        Text = Common.Text.Optional(text, nameof(Text), "Notatet", 4000) ?? "";
        Author = author;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public LocalDate On { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string Text { get; private set; }
    public string Author { get; private set; }
    public Instant WrittenAt { get; private set; }

    public void ForgetAuthor() => Author = Erased.Name;
}
