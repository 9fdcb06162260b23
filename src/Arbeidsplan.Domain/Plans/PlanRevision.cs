using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>The plan as it stood when adopted or revised, kept for history and diff.</summary>
public sealed class PlanRevision
{
    private PlanRevision() => (Note, Content, Author) = ("", "", "");

    public PlanRevision(Guid planId, int number, PlanState state, LocalDate on, string? note, string content, string author, Instant createdAt)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        Number = number;
        State = state;
        On = on;
        Note = Common.Text.Optional(note, nameof(Note), "Merknaden", 2000) ?? "";
        Content = content;
        Author = author;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public PlanState State { get; private set; }
    public LocalDate On { get; private set; }
    public string Note { get; private set; }

    /// <summary>The plan's content as JSON (<see cref="PlanContent"/>).</summary>
    public string Content { get; private set; }
    public string Author { get; private set; }
    public Instant CreatedAt { get; private set; }
}
