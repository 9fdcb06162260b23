using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>
/// The OpenAPI document describes every answer of the API. The endpoints return typed results, which carry that description; an
/// endpoint that goes back to an untyped <c>Results.Ok(...)</c> shows here as a success without a body, or a route id without a 404.
/// </summary>
public sealed class OpenApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task EveryApiOperation_DescribesItsAnswers()
    {
        var document = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var gaps = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                gaps.AddRange(Gaps(operation.Value).Select(gap => $"{operation.Name.ToUpperInvariant()} {path.Name}: {gap}"));
            }
        }

        Assert.True(operations > 100, $"Only {operations} API operations in the document");
        Assert.True(gaps.Count == 0, "Answers missing from the OpenAPI document:\n" + string.Join("\n", gaps));
    }

    /// <summary>What the operation should document and does not.</summary>
    private static IEnumerable<string> Gaps(JsonElement operation)
    {
        var responses = operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
        var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
        if (successes.Count == 0)
        {
            yield return "no 2xx answer";
        }
        foreach (var (status, response) in successes.Where(r => r.Key != "204"))
        {
            if (!response.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
            {
                yield return $"{status} without a body";
                continue;
            }
            foreach (var media in content.EnumerateObject().Where(m => m.Name.Contains("json", StringComparison.Ordinal) && !m.Value.TryGetProperty("schema", out _)))
            {
                yield return $"{status} {media.Name} without a schema";
            }
        }
        var pathParameters = operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList()
            : [];
        if (pathParameters.Any(IsId) && !responses.ContainsKey("404"))
        {
            yield return "an id in the route, and no 404";
        }
        if (operation.TryGetProperty("requestBody", out _) && !responses.ContainsKey("400"))
        {
            yield return "a body, and no 400";
        }
    }

    private static bool IsId(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);
}
