using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A case on a meeting's agenda (sak): its number in the body's series, kind, background and proposed decision. A closed case
/// (unntatt offentlighet) is seen by the body's members only: left out of invitees' notices and of the public minutes. A closing
/// standard item (Orienteringssaker, Eventuelt) waits for its number until the agenda is sent, so the numbers run in agenda order.
/// </summary>
public sealed class MeetingCase : IVersioned, IAudited
{
    public const int MaxBackground = 20_000;
    public const int MaxProposal = 4_000;

    private MeetingCase() => Title = "";

    public MeetingCase(Meeting meeting, CaseNumber? number, CaseKind kind, string title, int position)
    {
        if (number is { } n && n.Year != meeting.Year)
        {
            throw new RuleViolation(nameof(Number), $"Saken må ha et nummer fra {meeting.Year}, møtets år.");
        }
        if (meeting.Status != MeetingStatus.Planned)
        {
            throw new RuleViolation(nameof(MeetingId), "Møtet er holdt eller avlyst; nye saker føres på et annet møte.");
        }
        Id = Guid.CreateVersion7();
        MeetingId = meeting.Id;
        BodyId = meeting.BodyId;
        (Number, Year) = (number?.Number, meeting.Year);
        Position = position;
        Edit(kind, title, null, null, closed: false);
    }

    /// <summary>A standard item as this meeting's case, with the decision it usually ends in proposed.</summary>
    public static MeetingCase FromStandard(Meeting meeting, CaseNumber? number, StandardAgendaItem item, int position)
    {
        var made = new MeetingCase(meeting, number, item.Kind, item.Title, position);
        made.Edit(item.Kind, item.Title, null, item.ProposedDecision, closed: false);
        return made;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public int? Number { get; private set; }
    public int Year { get; private set; }
    public CaseKind Kind { get; private set; }
    public string Title { get; private set; }
    public string? Background { get; private set; }
    public string? ProposedDecision { get; private set; }
    public bool IsClosed { get; private set; }

    /// <summary>What the minutes say of the discussion of the case.</summary>
    public string? Discussion { get; private set; }

    /// <summary>Where on the agenda, from the top.</summary>
    public int Position { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public CaseNumber? CaseNumber => Number is { } n ? new CaseNumber(n, Year) : null;

    /// <summary>"Sak 3/27", or what an unnumbered case says until the notice gives it one.</summary>
    public string NumberLabel => CaseNumber?.ToString() ?? "Nummer ved innkalling";

    /// <summary>Gives a case that waited its number (a closing item, when the agenda is sent); a number once given stays.</summary>
    public void GiveNumber(CaseNumber number)
    {
        if (Number is not null)
        {
            throw new RuleViolation(nameof(Number), $"Saken har allerede nummeret {NumberLabel}.");
        }
        if (number.Year != Year)
        {
            throw new RuleViolation(nameof(Number), $"Saken må ha et nummer fra {Year}, møtets år.");
        }
        Number = number.Number;
    }

    /// <summary>A case to decide with nothing proposed: the notice can go, but the page says so.</summary>
    public bool LacksProposal => Kind == CaseKind.Decision && ProposedDecision is null;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title))]
    public void Edit(CaseKind kind, string title, string? background, string? proposedDecision, bool closed)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg vedtakssak, orienteringssak eller drøftingssak.");
        Title = Text.Required(title, nameof(Title), "Tittelen", 300);
        Background = Text.Optional(background, nameof(Background), "Bakgrunnen", MaxBackground);
        ProposedDecision = Text.Optional(proposedDecision, nameof(ProposedDecision), "Forslaget til vedtak", MaxProposal);
        IsClosed = closed;
    }

    /// <summary>The minutes' account of the discussion (the caller checks that the minutes are open).</summary>
    public void WriteDiscussion(string? discussion) => Discussion = Text.Optional(discussion, nameof(Discussion), "Referatet fra drøftingen", MaxBackground);

    public void MoveTo(int position) => Position = position >= 0 ? position : throw new RuleViolation(nameof(Position), "Plassen må være 0 eller mer.");
}
