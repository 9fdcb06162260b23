using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A deadline every matching meeting brings with it: "the notice goes out at least 14 days before a board meeting".</summary>
public sealed class DeadlineRule : IVersioned, IAudited
{
    private DeadlineRule() => Title = "";

    public DeadlineRule(Guid organisationId, string title, Guid kindId, Guid? bodyId, int daysBefore, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Update(title, kindId, bodyId, daysBefore, description);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; }
    public Guid KindId { get; private set; }
    public Guid? BodyId { get; private set; }
    public int DaysBefore { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    /// <summary>When the rule was last saved: a deadline it moves is changed then, not when its meeting was.</summary>
    public Instant UpdatedAt { get; set; }

    public void Update(string title, Guid kindId, Guid? bodyId, int daysBefore, string? description)
    {
        Title = Text.Required(title, nameof(Title), "Navn", 200);
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 1000);
        if (daysBefore is < 0 or > 365)
        {
            throw new RuleViolation(nameof(DaysBefore), "Antall dager før må være mellom 0 og 365.");
        }
        KindId = kindId;
        BodyId = bodyId;
        DaysBefore = daysBefore;
    }

    /// <summary>Whether an occurrence of the event brings this deadline: organised by the rule's organisation, kind and (if set) body, and not cancelled.</summary>
    public bool Covers(Event e) =>
        e.OrganiserId == OrganisationId && e.KindId == KindId && (BodyId is null || e.BodyId == BodyId) && e.Status != EventStatus.Cancelled;

    public LocalDate DueFor(Occurrence occurrence) => occurrence.When.StartDate.PlusDays(-DaysBefore);
}
