using Arbeidsplan.Domain.Elections;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>A list's own page in Valg, for the pages, reminders and Min side that point at it.</summary>
public static class ListAddress
{
    public static string Of(Guid electionId, ListKey list) =>
        $"/valg/liste?valg={electionId}&fylke={list.County}{(list.Municipality is { } m ? $"&kommune={m}" : "")}{(list.Constituency is { } c ? $"&krets={c}" : "")}";
}
