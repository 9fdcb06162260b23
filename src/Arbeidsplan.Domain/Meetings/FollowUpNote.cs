using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>A dated report on a follow-up task, with who wrote it.</summary>
public sealed class FollowUpNote : IAudited
{
    private FollowUpNote() => (Text, Author) = ("", "");

    public FollowUpNote(Guid taskId, LocalDate on, MeasureStatus status, string? text, string author, Instant writtenAt)
    {
        Id = Guid.CreateVersion7();
        (TaskId, On, Status, Author, WrittenAt) = (taskId, on, status, author, writtenAt);
        Text = Common.Text.Optional(text, nameof(Text), "Notatet", 4000) ?? "";
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public LocalDate On { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string Text { get; private set; }
    public string Author { get; private set; }
    public Instant WrittenAt { get; private set; }
    public bool IsDemo { get; set; }

    public void ForgetAuthor() => Author = Erased.Name;
}
