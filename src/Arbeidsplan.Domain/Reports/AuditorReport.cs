using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// The auditor's report on a year's accounts, as the PDF the auditor signed; attached to the annual report's PDF after its last
/// page. One per accounts; a new one replaces the old.
/// </summary>
public sealed class AuditorReport : IAudited, IVersioned
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPages = 30;

    private AuditorReport() => (Content, FileName, UploadedBy) = ([], "", "");

    public AuditorReport(Guid accountsId, byte[] content, string fileName, int pages, string uploadedBy, Instant uploadedAt)
    {
        AccountsId = accountsId;
        (Content, FileName, UploadedBy) = ([], "", "");
        Replace(content, fileName, pages, uploadedBy, uploadedAt);
    }

    public Guid AccountsId { get; private set; }
    public byte[] Content { get; private set; }
    public string FileName { get; private set; }
    public int Pages { get; private set; }
    public string UploadedBy { get; private set; }
    public Instant UploadedAt { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void Replace(byte[] content, string fileName, int pages, string uploadedBy, Instant uploadedAt)
    {
        if (content.Length is 0 or > MaxBytes)
        {
            throw new RuleViolation("File", $"Revisors beretning kan være på høyst {MaxBytes / (1024 * 1024)} MB.");
        }
        if (pages is < 1 or > MaxPages)
        {
            throw new RuleViolation("File", $"Revisors beretning kan ha høyst {MaxPages} sider; denne har {pages}.");
        }
        FileName = Text.Required(Path.GetFileName(fileName), "File", "Filnavnet", 260);
        (Content, Pages, UploadedBy, UploadedAt) = (content, pages, Text.Required(uploadedBy, nameof(UploadedBy), "Hvem som lastet opp", 256), uploadedAt);
    }

    /// <summary>At the uploader's erasure the report stays the organisation's; who put it there is forgotten.</summary>
    public void ForgetUploader() => UploadedBy = Erased.Name;
}
