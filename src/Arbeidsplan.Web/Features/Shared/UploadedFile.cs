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
            return Outcome<T>.Invalid("File", $"Filen er større enn {maxBytes / (1024 * 1024)} MB.");
        }
        using var stream = file.OpenReadStream();
        return read(file.FileName, stream);
    }
}
