namespace Arbeidsplan.Web.Features.Shared;

/// <summary>An uploaded file checked the same way everywhere: not empty, not too large, then read by the feature's own reader.</summary>
public static class UploadedFile
{
    public static Outcome<T> Read<T>(IFormFile? file, long maxBytes, Func<string, Stream, Outcome<T>> read)
    {
        var checkedFile = Checked(file, maxBytes);
        if (!checkedFile.IsOk)
        {
            return Outcome<T>.Invalid("File", checkedFile.Message!);
        }
        using var stream = file!.OpenReadStream();
        return read(file.FileName, stream);
    }

    /// <summary>The file, when it is there and within the limit; for a feature that reads it as a stream while it works.</summary>
    public static Outcome<IFormFile> Checked(IFormFile? file, long maxBytes)
    {
        if (file is null || file.Length == 0)
        {
            return Outcome<IFormFile>.Invalid("File", "Filen er tom.");
        }
        return file.Length > maxBytes
            ? Outcome<IFormFile>.Invalid("File", maxBytes < 1024 * 1024 ? $"Filen er større enn {maxBytes / 1024} kB." : $"Filen er større enn {maxBytes / (1024 * 1024)} MB.")
            : Outcome<IFormFile>.Ok(file);
    }

    /// <summary>The file's bytes, within the limit, for a feature that checks the content itself.</summary>
    public static Outcome<byte[]> Bytes(IFormFile? file, long maxBytes) => Read(file, maxBytes, (_, stream) =>
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Outcome<byte[]>.Ok(copy.ToArray());
    });
}
