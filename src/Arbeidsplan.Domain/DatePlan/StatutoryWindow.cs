using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>
/// A window the statutes set for events of a kind: "local branches hold their annual meeting in January".
/// Applies to every organisation of <see cref="AppliesTo"/> below the rule's organisation.
/// </summary>
public sealed class StatutoryWindow : IVersioned, IAudited
{
    private StatutoryWindow() => Title = "";

    public StatutoryWindow(Guid organisationId, string title, Guid kindId, OrganisationKind appliesTo, AnnualSpan span, string? description = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Title = "";
        Update(title, kindId, appliesTo, span, description);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; }
    public Guid KindId { get; private set; }
    public OrganisationKind AppliesTo { get; private set; }
    public int FromMonth { get; private set; }
    public int FromDay { get; private set; }
    public int ToMonth { get; private set; }
    public int ToDay { get; private set; }
    public string? Description { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public AnnualSpan Span => new(FromMonth, FromDay, ToMonth, ToDay);

    public void Update(string title, Guid kindId, OrganisationKind appliesTo, AnnualSpan span, string? description)
    {
        Title = Text.Required(title, nameof(Title), "Navn", 200);
        Description = Text.Optional(description, nameof(Description), "Beskrivelse", 1000);
        KindId = kindId;
        AppliesTo = appliesTo;
        (FromMonth, FromDay, ToMonth, ToDay) = (span.FromMonth, span.FromDay, span.ToMonth, span.ToDay);
    }
}
