using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A document on a case (vedlegg), kept in the database with the case: of a safe kind whose content matches its name, within
/// the size limit, and read by those who read the case (so a closed case's documents by the body's members only).
/// </summary>
public sealed class CaseAttachment : IAudited
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>All of a meeting's documents together, so one meeting cannot fill the database.</summary>
    public const long MaxBytesPerMeeting = 50L * 1024 * 1024;

    private CaseAttachment() => (FileName, ContentType, Content) = ("", "", []);

    public CaseAttachment(MeetingCase item, string fileName, byte[] content)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            throw new RuleViolation(nameof(FileName), "Filen mangler navn.");
        }
        if (content.Length == 0)
        {
            throw new RuleViolation(nameof(Content), "Filen er tom.");
        }
        if (content.Length > MaxBytes)
        {
            throw new RuleViolation(nameof(Content), $"«{name}» er større enn {MaxBytes / (1024 * 1024)} MB, som er grensen for et vedlegg.");
        }
        if (AttachmentKind.ByEnding(name) is not { } kind)
        {
            throw new RuleViolation(nameof(FileName), $"«{name}» er ikke en filtype som kan legges ved. Tillatt: {AttachmentKind.Allowed}.");
        }
        if (!kind.Matches(content))
        {
            throw new RuleViolation(nameof(Content), $"«{name}» er ikke en {kind.Label}-fil, selv om navnet sier det. Lagre den på nytt som {kind.Label}, eller velg en annen fil.");
        }
        Id = Guid.CreateVersion7();
        (CaseId, MeetingId) = (item.Id, item.MeetingId);
        FileName = name.Length > 200 ? name[^200..] : name;
        ContentType = kind.ContentType;
        Content = content;
        Size = content.Length;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid MeetingId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public int Size { get; private set; }
    public byte[] Content { get; private set; }
    public bool IsDemo { get; set; }
}
