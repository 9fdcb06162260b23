using System.Buffers.Binary;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Reads a PNG's or JPEG's size from its header, so an image is placed at its own proportions and anything else (a renamed file, a
/// picture too large to print) is refused before it reaches a document.
/// </summary>
public static class PaperImages
{
    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.Length > 24 && bytes[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8;

    /// <summary>The width and height in pixels, or null when the bytes are neither a PNG nor a JPEG with a readable frame header.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> bytes)
    {
        if (IsPng(bytes))
        {
            return (BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }
        if (!IsJpeg(bytes))
        {
            return null;
        }
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding), carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }
            at += 2 + length;
        }
        return null;
    }

    /// <summary>An image for a document, or null when the bytes are not a PNG or JPEG.</summary>
    public static PaperImage? Of(byte[] bytes, string description, double widthCm) =>
        Size(bytes) is ({ } w and > 0, { } h and > 0) ? new PaperImage(bytes, description, widthCm, w, h) : null;

    /// <summary>
    /// Whether the PDF writer can place the image: its importer takes fewer kinds than the header says (no 16-bit PNG, a JPEG must
    /// open with a known segment), so an upload is tried on a page before it is kept, rather than failing every report later.
    /// </summary>
    public static bool Printable(byte[] bytes)
    {
        try
        {
            using var document = new PdfDocument();
            var page = document.AddPage();
            using (var graphics = XGraphics.FromPdfPage(page))
            using (var image = XImage.FromStream(new MemoryStream(bytes)))
            {
                graphics.DrawImage(image, 0, 0, 10, 10);
            }
            document.Save(new MemoryStream(), false);
            return true;
        }
#pragma warning disable CA1031 // the importer throws many kinds for a picture it cannot read; each means the same here
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
