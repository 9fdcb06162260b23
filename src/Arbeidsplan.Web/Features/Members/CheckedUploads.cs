using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// A member file the user has checked, kept for half an hour so «Importer» imports it without choosing it again. In memory only: a
/// member export is personal data, and nothing of it is written before the import itself. The key is the user's and a random token,
/// so no one else can import it; behind a load balancer without sticky sessions the other instance asks for the file again.
/// </summary>
public sealed class CheckedUploads : IDisposable
{
    /// <summary>Characters kept at most: a few full national exports at once.</summary>
    private const long MaxCharacters = 200_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxCharacters });

    public sealed record Upload(string FileName, string Text);

    public string Keep(string user, Upload upload)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        cache.Set((user, token), upload, new MemoryCacheEntryOptions { Size = upload.Text.Length + 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
        return token;
    }

    public Upload? Find(string user, string token) => cache.TryGetValue((user, token), out Upload? upload) ? upload : null;

    public void Forget(string user, string token) => cache.Remove((user, token));

    public void Dispose() => cache.Dispose();
}
