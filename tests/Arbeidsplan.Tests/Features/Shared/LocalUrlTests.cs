using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Tests.Features.Shared;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/personer?side=2", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_OnlyPathsOnThisSite(string? url, bool expected)
    {
        Assert.Equal(expected, LocalUrl.IsLocal(url));
    }
}
