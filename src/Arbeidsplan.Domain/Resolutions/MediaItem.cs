using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Resolutions;

/// <summary>
/// An entry in the media log (medielogg): a piece in an outlet on a day, with its title and link, and what it covered: a resolution
/// or statement, a measure of the plan, or a body's work (the mayors' forum), or nothing in particular.
/// </summary>
public sealed class MediaItem : IAudited
{
    private MediaItem() => (Outlet, Title) = ("", "");

    public MediaItem(Guid organisationId, string outlet, LocalDate publishedOn, string title, string? url, Guid? resolutionId = null, Guid? measureId = null,
        Guid? bodyId = null)
    {
        if (new[] { resolutionId, measureId, bodyId }.Count(id => id is not null) > 1)
        {
            throw new RuleViolation(nameof(ResolutionId), "Velg én ting saken handler om: en uttalelse, et tiltak eller et organ.");
        }
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Outlet = Text.Required(outlet, nameof(Outlet), "Mediet", 200);
        PublishedOn = publishedOn;
        Title = Text.Required(title, nameof(Title), "Tittelen", 300);
        Url = WebAddress(url);
        (ResolutionId, MeasureId, BodyId) = (resolutionId, measureId, bodyId);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Outlet { get; private set; }
    public LocalDate PublishedOn { get; private set; }
    public string Title { get; private set; }
    public string? Url { get; private set; }
    public Guid? ResolutionId { get; private set; }
    public Guid? MeasureId { get; private set; }
    public Guid? BodyId { get; private set; }
    public bool IsDemo { get; set; }

    /// <summary>An address a reader can open: http or https only, so a «javascript:» link never reaches a page.</summary>
    private static string? WebAddress(string? url)
    {
        var text = Text.Optional(url, nameof(Url), "Lenken", 1_000);
        if (text is null)
        {
            return null;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : throw new RuleViolation(nameof(Url), "Lenken må være en nettadresse som begynner med https:// eller http://.");
    }
}
