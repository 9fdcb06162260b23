using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>
/// The organisation's logo for its reports' covers: uploaded and removed by those who cover the organisation, read by its
/// readers, checked to be a PNG or JPEG by its content (not its name) and within the size limits before it is kept.
/// </summary>
public sealed class OrganisationLogos(AppDbContext db, Guard guard, CurrentAccess access, IClock clock)
{
    public sealed record Logo(string ContentType, byte[] Content, long Version);

    public static Outcome<byte[]> Read(IFormFile? file) => UploadedFile.Bytes(file, OrganisationLogo.MaxBytes);

    public async Task<Logo?> FindAsync(Guid organisationId) =>
        await guard.ReadsOrganisation(organisationId)
            ? await db.OrganisationLogos.AsNoTracking().Where(l => l.OrganisationId == organisationId).Select(l => new Logo(l.ContentType, l.Content, l.Version)).FirstOrDefaultAsync()
            : null;

    /// <summary>The logo's version (for a link that changes when it does), or null when there is none or the reader may not see it.</summary>
    public async Task<long?> VersionAsync(Guid organisationId) =>
        await guard.ReadsOrganisation(organisationId)
            ? await db.OrganisationLogos.AsNoTracking().Where(l => l.OrganisationId == organisationId).Select(l => (long?)l.Version).FirstOrDefaultAsync()
            : null;

    /// <summary>The logo to print on a document; the caller has checked that the reader may read the document.</summary>
    public async Task<PaperImage?> ForDocumentAsync(Guid organisationId) =>
        await db.OrganisationLogos.AsNoTracking().Where(l => l.OrganisationId == organisationId).Select(l => new { l.Content, l.Width, l.Height }).FirstOrDefaultAsync()
            is { } logo ? new PaperImage(logo.Content, "Logo", Math.Min(5, logo.Width / 100.0), logo.Width, logo.Height) : null;

    public Task<Outcome<long>> SetAsync(Guid organisationId, Outcome<byte[]> upload) => Outcome.Try<long>(async () =>
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId) || !await guard.CoversOrganisation(organisationId))
        {
            return Outcome<long>.NotFound("Fant ikke organisasjonen.");
        }
        if (!upload.IsOk)
        {
            return Outcome<long>.Invalid("File", upload.Message!);
        }
        var bytes = upload.Value!;
        if (PaperImages.Size(bytes) is not var (width, height))
        {
            return Outcome<long>.Invalid("File", "Filen er ikke et PNG- eller JPEG-bilde. Lagre logoen som PNG eller JPEG og prøv igjen.");
        }
        if (!PaperImages.Printable(bytes))
        {
            return Outcome<long>.Invalid("File", "Bildet kan ikke skrives ut i PDF. Lagre logoen på nytt som vanlig PNG (8 bit) eller JPEG og prøv igjen.");
        }
        var type = PaperImages.IsPng(bytes) ? "image/png" : "image/jpeg";
        var logo = await db.OrganisationLogos.SingleOrDefaultAsync(l => l.OrganisationId == organisationId);
        if (logo is null)
        {
            logo = new OrganisationLogo(organisationId, type, bytes, width, height, access.ActorName, clock.GetCurrentInstant());
            db.OrganisationLogos.Add(logo);
        }
        else
        {
            logo.Replace(type, bytes, width, height, access.ActorName, clock.GetCurrentInstant());
        }
        await db.SaveChangesAsync();
        return logo.Version;
    });

    public Task<Outcome<long>> RemoveAsync(Guid organisationId, long? version) => Outcome.Try<long>(async () =>
    {
        if (!await guard.CoversOrganisation(organisationId) || await db.OrganisationLogos.SingleOrDefaultAsync(l => l.OrganisationId == organisationId) is not { } logo)
        {
            return Outcome<long>.NotFound("Fant ingen logo.");
        }
        db.ExpectVersion(logo, version);
        db.OrganisationLogos.Remove(logo);
        await db.SaveChangesAsync();
        return 0;
    });
}
