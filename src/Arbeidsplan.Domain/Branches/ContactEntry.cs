using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Branches;

/// <summary>A contact with a branch: who, when, how, and what was said; the region contact's log.</summary>
public sealed class ContactEntry : IAudited
{
    private ContactEntry() => (ByName, Note) = ("", "");

    public ContactEntry(Guid branchId, Guid? byPersonId, string byName, LocalDate on, ContactChannel channel, string note, Instant recordedAt)
    {
        Id = Guid.CreateVersion7();
        BranchId = branchId;
        ByPersonId = byPersonId;
        ByName = Text.Required(byName, nameof(ByName), "Hvem", 200);
        On = on;
        Channel = Enum.IsDefined(channel) ? channel : throw new RuleViolation(nameof(Channel), "Velg hvordan kontakten var.");
        Note = Text.Required(note, nameof(Note), "Notat", 4000);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid BranchId { get; private set; }
    public Guid? ByPersonId { get; private set; }
    public string ByName { get; private set; }
    public LocalDate On { get; private set; }
    public ContactChannel Channel { get; private set; }
    public string Note { get; private set; }
    public Instant RecordedAt { get; private set; }
    public bool IsDemo { get; set; }

    public void ForgetAuthor()
    {
        ByPersonId = null;
        ByName = Erased.Name;
    }
}
