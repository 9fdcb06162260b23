using System.Net;
using MiniExcelLibs;

namespace Arbeidsplan.Tests.Support;

/// <summary>Reads back an Excel download the app sent: its rows by header, after checking it is one.</summary>
public static class Sheets
{
    public static async Task<List<IDictionary<string, object?>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    public static string? Text(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var v) ? v?.ToString() : null;
}
