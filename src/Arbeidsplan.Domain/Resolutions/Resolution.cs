using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Resolutions;

/// <summary>
/// A resolution of the annual meeting or a statement of the board: its text as adopted, who adopted it and when, and who answers for
/// its follow-up (the political deputy, as the plans say). Its follow-up plan is a list of <see cref="ResolutionStep"/>s, and the
/// coverage it got is in the media log.
/// </summary>
public sealed class Resolution : IVersioned, IAudited
{
    public const int MaxText = 20_000;

    private Resolution() => (Title, Text, AdoptedBy) = ("", "", "");

    public Resolution(Guid organisationId, ResolutionKind kind, string title, string text, LocalDate adoptedOn, string adoptedBy, string? responsible)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Edit(kind, title, text, adoptedOn, adoptedBy, responsible);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public ResolutionKind Kind { get; private set; }
    public string Title { get; private set; }
    public string Text { get; private set; }
    public LocalDate AdoptedOn { get; private set; }

    /// <summary>The meeting or body that adopted it: «Fylkesårsmøtet», «Fylkesstyret».</summary>
    public string AdoptedBy { get; private set; }

    /// <summary>Who answers for the follow-up, as the plan names it: «Politisk nestleder».</summary>
    public string? Responsible { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>At a person's erasure, when the follow-up named them: the task stays, without its person.</summary>
    public void ForgetResponsible() => Responsible = null;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title), nameof(Text), nameof(AdoptedBy))]
    public void Edit(ResolutionKind kind, string title, string text, LocalDate adoptedOn, string adoptedBy, string? responsible)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Velg resolusjon eller uttalelse.");
        Title = Common.Text.Required(title, nameof(Title), "Tittelen", 300);
        Text = Common.Text.Required(text, nameof(Text), "Teksten", MaxText);
        AdoptedOn = adoptedOn;
        AdoptedBy = Common.Text.Required(adoptedBy, nameof(AdoptedBy), "Hvem som vedtok den", 200);
        Responsible = Common.Text.Optional(responsible, nameof(Responsible), "Ansvarlig for oppfølgingen", 200);
    }
}
