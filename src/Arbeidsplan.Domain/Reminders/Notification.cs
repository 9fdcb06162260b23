using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>A reminder as it shows in the app (Varsler), read or not: everything sent is also here, so people without e-mail see it.</summary>
public sealed class Notification
{
    private Notification() => (Key, Title, Body, Link) = ("", "", "", "");

    public Notification(string key, Guid personId, ReminderKind kind, string title, string body, string link, Instant createdAt)
    {
        Id = Guid.CreateVersion7();
        Key = Text.Required(key, nameof(Key), "Nøkkelen", 300);
        PersonId = personId;
        Kind = kind;
        Title = Text.Required(title, nameof(Title), "Tittelen", 300);
        Body = Text.Required(body, nameof(Body), "Teksten", 20_000);
        Link = Text.Required(link, nameof(Link), "Lenken", 500);
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; }
    public Guid PersonId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }

    /// <summary>Where in the app the item is (a path such as /plan/tiltak/…).</summary>
    public string Link { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(Instant at) => ReadAt ??= at;
}
