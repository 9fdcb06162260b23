using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Members;

public sealed class UploadLimitTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task Import_OfA2GigabyteFile_IsTurnedAwayWithANorwegianProblem_BeforeItIsRead()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        using var content = new DeclaredLengthContent(2L * 1024 * 1024 * 1024);

        var response = await client.PostAsync("/api/members/import/file", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Filen er for stor. Største tillatte størrelse er 50 MB. Ingenting er lagret.", problem.GetProperty("detail").GetString());
    }

    /// <summary>A body that says it is 2 GB but sends almost nothing: the limit must answer from the header alone.</summary>
    private sealed class DeclaredLengthContent : HttpContent
    {
        private readonly long length;

        public DeclaredLengthContent(long length)
        {
            this.length = length;
            Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new NameValueHeaderValue("boundary", "x") } };
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(new byte[16]).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = this.length;
            return true;
        }
    }
}
