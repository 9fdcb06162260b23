namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// Absolute links for e-mails and feeds: from App:BaseUrl when it is set (it should be in production, so a forged Host header
/// cannot put another address into a link), else from the request the link is made in.
/// </summary>
public sealed class AppLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Base
    {
        get
        {
            if (configuration["App:BaseUrl"] is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }
            var request = http.HttpContext?.Request;
            return request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string To(string path) => Base + "/" + path.TrimStart('/');
}
