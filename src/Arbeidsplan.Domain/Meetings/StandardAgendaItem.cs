using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// An item every meeting of a body opens or closes with, as data per body: a new meeting's agenda starts with them, numbered in
/// the series like any case. A body without its own list uses <see cref="Defaults"/>.
/// </summary>
public sealed class StandardAgendaItem : IVersioned, IAudited
{
    private StandardAgendaItem() => Title = "";

    public StandardAgendaItem(Guid? bodyId, string title, CaseKind kind, AgendaPlace place, int order, string? proposedDecision = null)
    {
        ProposedDecision = Text.Optional(proposedDecision, nameof(ProposedDecision), "Forslaget til vedtak", MeetingCase.MaxProposal);
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Title = Text.Required(title, nameof(Title), "Tittelen", 300);
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg hva slags sak det er.");
        Place = Enum.IsDefined(place) ? place : throw new RuleViolation(nameof(Place), "Velg om saken står først eller sist.");
        Order = order;
    }

    public Guid Id { get; private set; }

    /// <summary>The body whose meetings have it; null in <see cref="Defaults"/>.</summary>
    public Guid? BodyId { get; private set; }
    public string Title { get; private set; }
    public CaseKind Kind { get; private set; }
    public AgendaPlace Place { get; private set; }
    public int Order { get; private set; }

    /// <summary>The decision the item usually ends in ("Protokollen godkjennes."), put in as the proposal of each meeting's case.</summary>
    public string? ProposedDecision { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>What Norwegian boards open and close with.</summary>
    public static IReadOnlyList<StandardAgendaItem> Defaults { get; } =
    [
        new(null, "Godkjenning av innkalling og saksliste", CaseKind.Decision, AgendaPlace.Start, 0, "Innkalling og saksliste godkjennes."),
        new(null, "Godkjenning av protokoll fra forrige møte", CaseKind.Decision, AgendaPlace.Start, 1, "Protokollen fra forrige møte godkjennes."),
        new(null, "Orienteringssaker", CaseKind.Information, AgendaPlace.End, 0),
        new(null, "Eventuelt", CaseKind.Discussion, AgendaPlace.End, 1),
    ];

    /// <summary>
    /// The usual four, and for a board whose organisation has an executive committee, the committee's decisions since the board's
    /// last meeting laid before it as an information item after the opening ones.
    /// </summary>
    public static IReadOnlyList<StandardAgendaItem> DefaultsFor(bool boardWithExecutiveCommittee) => boardWithExecutiveCommittee
        ? [.. Defaults, new(null, ExecutiveReportTitle, CaseKind.Information, AgendaPlace.Start, 2, "AU-vedtakene tas til orientering.")]
        : Defaults;

    /// <summary>
    /// What an annual meeting deals with, as most statutes list it: it constitutes itself, then the annual report, the accounts, the
    /// work plan and budget; motions and resolutions come where the meeting's own cases go; the elections close it.
    /// </summary>
    public static IReadOnlyList<StandardAgendaItem> AnnualMeetingDefaults { get; } =
    [
        new(null, "Konstituering: godkjenning av innkalling og saksliste, valg av møteleder, referent, to til å underskrive protokollen og tellekorps",
            CaseKind.Decision, AgendaPlace.Start, 0, "Innkalling og saksliste godkjennes. Møteleder, referent, protokollunderskrivere og tellekorps velges som foreslått."),
        new(null, "Årsmelding", CaseKind.Decision, AgendaPlace.Start, 1, "Årsmeldingen godkjennes."),
        new(null, "Regnskap med revisors beretning", CaseKind.Decision, AgendaPlace.Start, 2, "Regnskapet godkjennes."),
        new(null, "Arbeidsplan og budsjett", CaseKind.Decision, AgendaPlace.Start, 3, "Arbeidsplanen og budsjettet vedtas."),
        new(null, "Innkomne forslag og uttalelser", CaseKind.Decision, AgendaPlace.End, 0),
        new(null, "Valg", CaseKind.Decision, AgendaPlace.End, 1, "De foreslåtte velges."),
    ];

    public const string ExecutiveReportTitle = "AU-vedtak siden forrige møte";

    /// <summary>The items in agenda order: the opening ones, then (where the meeting's own cases go) the closing ones.</summary>
    public static IReadOnlyList<StandardAgendaItem> InOrder(IEnumerable<StandardAgendaItem> items) =>
        [.. items.OrderBy(i => i.Place).ThenBy(i => i.Order)];
}
