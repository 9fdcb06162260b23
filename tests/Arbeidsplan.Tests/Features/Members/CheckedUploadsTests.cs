using Arbeidsplan.Web.Features.Members;

namespace Arbeidsplan.Tests.Features.Members;

/// <summary>A checked member file is kept for its user only, and is gone once imported.</summary>
public sealed class CheckedUploadsTests
{
    [Fact]
    public void Kept_IsFoundByItsUser_NotByAnother_AndForgotten()
    {
        using var uploads = new CheckedUploads();
        var token = uploads.Keep("kari", new CheckedUploads.Upload("eksport.csv", "Medlemsnummer\n1"));

        Assert.Equal("eksport.csv", uploads.Find("kari", token)?.FileName);
        Assert.Null(uploads.Find("liv", token));
        Assert.Null(uploads.Find("kari", token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        uploads.Forget("kari", token);
        Assert.Null(uploads.Find("kari", token));
    }
}
