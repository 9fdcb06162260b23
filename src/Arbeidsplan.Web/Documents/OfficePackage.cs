using System.IO.Compression;
using System.Xml;

namespace Arbeidsplan.Web.Documents;

/// <summary>How much an Office file may unpack to before it is refused: its parts, in all, how deep its XML nests and how long a text may be.</summary>
public sealed record PackageLimits(long MaxPartBytes, long MaxTotalBytes, int MaxParts, int MaxDepth, int MaxTextLength);

/// <summary>
/// Checks a Word or Excel file as it really unpacks, before any library reads it: a small file that unpacks to gigabytes, nests its
/// XML thousands of levels deep or holds one enormous text is refused in linear time and with little memory. The sizes a zip
/// declares can lie, so every part is read through a counting stream.
/// </summary>
public static class OfficePackage
{
    public static readonly PackageLimits Word = new(MaxPartBytes: 30_000_000, MaxTotalBytes: 60_000_000, MaxParts: 1_000, MaxDepth: 120, MaxTextLength: 1_000_000);

    /// <summary>Excel's own limit on a cell is 32 767 characters; a longer text is not from Excel.</summary>
    public static readonly PackageLimits Excel = new(MaxPartBytes: 250_000_000, MaxTotalBytes: 300_000_000, MaxParts: 1_000, MaxDepth: 40, MaxTextLength: 32_767);

    /// <summary>The upload in memory, checked; read it from the start.</summary>
    public static MemoryStream Checked(Stream upload, PackageLimits limits, CancellationToken ct = default)
    {
        var buffer = new MemoryStream();
        upload.CopyTo(buffer);
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                throw new FileRefused($"Filen har {zip.Entries.Count} deler; mer enn {limits.MaxParts} er ikke et vanlig dokument.");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                ct.ThrowIfCancellationRequested();
                using var part = new CountingStream(entry.Open(), limits.MaxPartBytes);
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    Scan(part, limits, ct);
                }
                else
                {
                    part.CopyTo(Stream.Null);
                }
                total += part.Count;
                if (total > limits.MaxTotalBytes)
                {
                    throw new FileRefused($"Filen pakker seg ut til mer enn {limits.MaxTotalBytes / 1_000_000} MB. Lagre den på nytt uten bilder, eller del den opp.");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new FileRefused("Filen kunne ikke leses: den er skadet, eller den er ikke et Office-dokument.");
        }
        buffer.Position = 0;
        return buffer;
    }

    private static void Scan(Stream xml, PackageLimits limits, CancellationToken ct)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        var chunk = new char[4096];
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            var read = 0;
            while (reader.Read())
            {
                if (reader.Depth > limits.MaxDepth)
                {
                    throw new FileRefused($"Filen er bygd i mer enn {limits.MaxDepth} nivåer inni hverandre (for eksempel tabeller i tabeller). Forenkle den og prøv igjen.");
                }
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    // Counted in chunks, so one enormous text is refused without being held in memory.
                    long length = 0;
                    int n;
                    while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        length += n;
                        if (length > limits.MaxTextLength)
                        {
                            throw new FileRefused($"Filen har en tekst eller celle på mer enn {limits.MaxTextLength:N0} tegn. Det er ikke et vanlig dokument.");
                        }
                    }
                }
                if (++read % 10_000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException)
        {
            throw new FileRefused("Filen er skadet: en av delene er ikke gyldig XML.");
        }
    }

    /// <summary>Reads through, counting the bytes, and stops at a limit: the sizes a zip declares cannot be trusted.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            if (Count > limit)
            {
                throw new FileRefused($"En del av filen pakker seg ut til mer enn {limit / 1_000_000} MB. Det er ikke et vanlig dokument.");
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
