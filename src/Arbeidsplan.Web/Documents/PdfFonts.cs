using PdfSharp.Fonts;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// The one font every PDF is set in: DejaVu Sans (free to embed, with æ, ø, å and «»), shipped with the app rather than looked
/// for among a machine's fonts, which a fresh server may not have. PDFsharp asks for fonts through one process-wide resolver.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool registered;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts");

    public static void Register()
    {
        lock (Gate)
        {
            if (!registered)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
                registered = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
