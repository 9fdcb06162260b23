using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Register;

/// <summary>
/// The organisation's logo, printed on the cover of its reports: a PNG or JPEG small enough to keep in the database and to print
/// sharply at a few centimetres. One per organisation; a new one replaces the old.
/// </summary>
public sealed class OrganisationLogo : IAudited, IVersioned
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxPixels = 2000;

    private OrganisationLogo() => (ContentType, Content, UploadedBy) = ("", [], "");

    public OrganisationLogo(Guid organisationId, string contentType, byte[] content, int width, int height, string uploadedBy, Instant uploadedAt)
    {
        OrganisationId = organisationId;
        ContentType = contentType;
        Content = content;
        UploadedBy = uploadedBy;
        Replace(contentType, content, width, height, uploadedBy, uploadedAt);
    }

    public Guid OrganisationId { get; private set; }
    public string ContentType { get; private set; }
    public byte[] Content { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string UploadedBy { get; private set; }
    public Instant UploadedAt { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void Replace(string contentType, byte[] content, int width, int height, string uploadedBy, Instant uploadedAt)
    {
        if (contentType is not ("image/png" or "image/jpeg"))
        {
            throw new RuleViolation("File", "Logoen må være et bilde i PNG- eller JPEG-format.");
        }
        if (content.Length is 0 or > MaxBytes)
        {
            throw new RuleViolation("File", $"Logoen kan være på høyst {MaxBytes / 1024} kB. Lagre den mindre og prøv igjen.");
        }
        if (width is < 1 or > MaxPixels || height is < 1 or > MaxPixels)
        {
            throw new RuleViolation("File", $"Logoen kan være høyst {MaxPixels} × {MaxPixels} piksler; denne er {width} × {height}.");
        }
        (ContentType, Content, Width, Height, UploadedBy, UploadedAt) = (contentType, content, width, height, uploadedBy, uploadedAt);
    }

    /// <summary>At the uploader's erasure the logo stays the organisation's; who put it there is forgotten.</summary>
    public void ForgetUploader() => UploadedBy = Erased.Name;
}
