using System.Security.Cryptography;
using System.Text;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// A table to import, read as it comes instead of held as one text: an uploaded CSV is read from the upload's own buffer (which ASP.NET
/// keeps on disk past 64 kB), once to find its encoding and hash its text, once more by the reader. A national member export of
/// half a million rows is then never a 70 MB string in memory. Text sent in a JSON body, and an Excel sheet (read to text by
/// <see cref="XlsxText"/>), come as text.
/// </summary>
public sealed class SheetSource
{
    private readonly Func<TextReader> open;

    private SheetSource(Func<TextReader> open, string hash) => (this.open, Hash) = (open, hash);

    /// <summary>SHA-256 of the text as UTF-8 (whatever the file's own encoding), in hex: the same file imported twice has the same hash.</summary>
    public string Hash { get; }

    /// <summary>A reader from the first character (a byte order mark left out).</summary>
    public TextReader Open() => open();

    public static SheetSource OfText(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendUtf8(hash, new StringReader(text));
        return new SheetSource(() => new StringReader(text), Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>An uploaded CSV read from its stream (which must stay open while the source is read), or an Excel sheet read to text.</summary>
    public static Outcome<SheetSource> OfUpload(string fileName, Stream content, string wrongType) => UploadReading.Read(fileName, () =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => Outcome<SheetSource>.Ok(OfText(XlsxText.Read(content, datePlanCells: false))),
            ".csv" or ".txt" or ".tsv" when content.CanSeek => Outcome<SheetSource>.Ok(OfStream(content)),
            ".csv" or ".txt" or ".tsv" => Outcome<SheetSource>.Ok(OfText(DelimitedText.Decode(ReadAll(content)))),
            _ => Outcome<SheetSource>.Invalid("File", wrongType),
        });

    /// <summary>UTF-8 when every byte is valid UTF-8 (as <see cref="DelimitedText.Decode"/> decides), otherwise Windows-1252.</summary>
    private static SheetSource OfStream(Stream content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Valid UTF-8 is its own text's UTF-8, so its bytes (after a byte order mark) are hashed as they are checked, in one pass.
        if (HashIfUtf8(content, hash))
        {
            var utf8 = new UTF8Encoding(false);
            return new SheetSource(() => Reader(content, utf8), Convert.ToHexString(hash.GetHashAndReset()));
        }
        var windows = DelimitedText.Windows1252;
        AppendUtf8(hash, Reader(content, windows));
        return new SheetSource(() => Reader(content, windows), Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static StreamReader Reader(Stream content, Encoding encoding)
    {
        content.Position = 0;
        // The stream belongs to the upload: the reader leaves it open for the next pass.
        return new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: encoding is UTF8Encoding, bufferSize: 64 * 1024, leaveOpen: true);
    }

    /// <summary>Whether the bytes are all valid UTF-8; hashed meanwhile, and the hash emptied again when they are not.</summary>
    private static bool HashIfUtf8(Stream content, IncrementalHash hash)
    {
        content.Position = 0;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 1];
        try
        {
            var first = true;
            int read;
            while ((read = content.Read(bytes)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                var bom = first && bytes.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
                hash.AppendData(bytes, bom, read - bom);
                first = false;
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            hash.GetHashAndReset();
            return false;
        }
    }

    /// <summary>The text's UTF-8 bytes added to the hash a block at a time.</summary>
    private static void AppendUtf8(IncrementalHash hash, TextReader reader)
    {
        using (reader)
        {
            var encoder = new UTF8Encoding(false).GetEncoder();
            var chars = new char[16 * 1024];
            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
            int read;
            while ((read = reader.Read(chars)) > 0)
            {
                hash.AppendData(bytes, 0, encoder.GetBytes(chars, 0, read, bytes, 0, flush: false));
            }
            hash.AppendData(bytes, 0, encoder.GetBytes(chars, 0, 0, bytes, 0, flush: true));
        }
    }

    private static byte[] ReadAll(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
