using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Arbeidsplan.Tests.Support;

/// <summary>Reading the API's answers in tests.</summary>
public static class ApiResponses
{
    /// <summary>The id of what a 201 Created answer made; any other answer fails the test with its body.</summary>
    public static async Task<Guid> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A 200 OK answer; any other fails the test with its body.</summary>
    public static async Task Ok(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
