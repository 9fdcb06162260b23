namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// The kinds of document a case may carry, each known by its file name's ending and by the first bytes of its content, so a
/// program renamed to «.pdf» is refused: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG and plain text.
/// </summary>
public sealed record AttachmentKind(string Label, string ContentType, IReadOnlyList<string> Endings)
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static IReadOnlyList<AttachmentKind> All { get; } =
    [
        new("PDF", "application/pdf", [".pdf"]),
        new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]),
        new("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]),
        new("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]),
        new("OpenDocument-tekst", "application/vnd.oasis.opendocument.text", [".odt"]),
        new("OpenDocument-regneark", "application/vnd.oasis.opendocument.spreadsheet", [".ods"]),
        new("PNG-bilde", "image/png", [".png"]),
        new("JPEG-bilde", "image/jpeg", [".jpg", ".jpeg"]),
        new("Tekst", "text/plain; charset=utf-8", [".txt"]),
    ];

    /// <summary>What the form says is allowed.</summary>
    public static string Allowed => "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods), PNG, JPEG og ren tekst (.txt)";

    public static AttachmentKind? ByEnding(string fileName)
    {
        var ending = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(k => k.Endings.Contains(ending));
    }

    /// <summary>Whether the content begins as this kind's files do; plain text must be UTF-8 without control characters.</summary>
    public bool Matches(ReadOnlySpan<byte> content) => Label switch
    {
        "PDF" => content.StartsWith(Pdf),
        "PNG-bilde" => content.StartsWith(Png),
        "JPEG-bilde" => content.StartsWith(Jpeg),
        "Tekst" => IsText(content),
        _ => content.StartsWith(Zip),
    };

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        try
        {
            var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }
}
