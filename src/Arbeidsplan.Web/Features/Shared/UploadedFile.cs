namespace Arbeidsplan.Web.Features.Shared;

/// <summary>An uploaded file checked the same way everywhere: not empty, not too large, then read by the feature's own reader.</summary>
public static class UploadedFile
{
    public static Outcome<T> Read<T>(IFormFile? file, long maxBytes, Func<string, Stream, Outcome<T>> read)
    {
        if (file is null || file.Length == 0)
        {
            return Outcome<T>.Invalid("File", "Filen er tom.");
        }
        if (file.Length > maxBytes)
        {
            return Outcome<T>.Invalid("File", maxBytes < 1024 * 1024 ? $"Filen er større enn {maxBytes / 1024} kB." : $"Filen er større enn {maxBytes / (1024 * 1024)} MB.");
        }
        using var stream = file.OpenReadStream();
        return read(file.FileName, stream);
    }

    /// <summary>The file's bytes, within the limit, for a feature that checks the content itself.</summary>
    public static Outcome<byte[]> Bytes(IFormFile? file, long maxBytes) => Read(file, maxBytes, (_, stream) =>
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Outcome<byte[]>.Ok(copy.ToArray());
    });
}
