using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Support;

/// <summary>
/// Builds the security walk's request for any route against the rows of one county: route values, query string and body all
/// name that county's rows, and the body is one the route would accept from someone allowed to send it.
/// </summary>
public sealed partial class WalkRequests(WalkWorld app, Seeded s)
{
    private World W => app.World;

    public async Task<HttpRequestMessage> BuildAsync(WalkRoute route, (string Name, string Value)? replaced = null)
    {
        var path = Fill(route.Pattern);
        var query = new List<string>();
        if (route.Pattern == "/bytt-organisasjon")
        {
            // Not described in the OpenAPI document, so its query is named here.
            query.Add($"id={s.Organisation}");
            query.Add("tilbake=%2F");
        }
        foreach (var parameter in route.Query)
        {
            if (replaced is { } garbage && garbage.Name == parameter.Name)
            {
                query.Add($"{parameter.Name}={garbage.Value}");
            }
            else if (await QueryValueAsync(route, parameter, path) is { } value)
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
            }
        }
        var request = new HttpRequestMessage(new HttpMethod(route.Method), query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        if (route.HasBody && !route.IsPage)
        {
            var body = await BodyAsync(route) ?? throw new InvalidOperationException($"The security walk has no body for {route}: add one to its group's body in WalkRequests.");
            request.Content = body is HttpContent content ? content : JsonContent.Create(body);
        }
        return request;
    }

    /// <summary>The route with every {value} replaced by a row of this county.</summary>
    public string Fill(string pattern) => RouteValue().Replace(pattern, m => m.Groups[1].Value switch
    {
        "chapterId" => s.Chapter.ToString(),
        "goalId" => s.Goal.ToString(),
        "otherId" or "PlanId" => s.Plan.ToString(),
        "date" => s.Occurrence.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "format" => "xlsx",
        "token" or "Token" => "ukjent",
        "documentName" => "v1",
        "id" when pattern.StartsWith("/api/users", StringComparison.Ordinal) => s.UserId,
        "bodyId" or "BodyId" => s.Body.ToString(),
        "MeetingId" => s.Meeting.ToString(),
        "caseId" or "CaseId" when !pattern.Contains("/minutes", StringComparison.Ordinal) => s.MeetingCase.ToString(),
        "inviteeId" => s.Invitee.ToString(),
        "attachmentId" => s.Attachment.ToString(),
        "stepId" => s.ResolutionStep.ToString(),
        "itemId" => s.AgendaItem.ToString(),
        "electionId" => s.Election.ToString(),
        "organisationId" => s.Organisation.ToString(),
        // The annual meeting's own steps are on the county's annual meeting, not its board's.
        "id" or "Id" when IsAnnual(pattern) => s.AnnualMeeting.ToString(),
        "decisionId" or "DecisionId" => s.Decision.ToString(),
        "taskId" => s.FollowUp.ToString(),
        "measureId" => s.Measure.ToString(),
        // The minutes are written from the meeting's day: their routes name the meeting already held and its case.
        "id" or "Id" when pattern.Contains("/minutes", StringComparison.Ordinal) || pattern.Contains("/protokoll", StringComparison.Ordinal) => s.HeldMeeting.ToString(),
        "caseId" when pattern.Contains("/minutes", StringComparison.Ordinal) => s.HeldCase.ToString(),
        // A case's route names its meeting too; the version asked for is the case's (IdFor).
        "id" when pattern.StartsWith("/api/meetings", StringComparison.Ordinal) => s.Meeting.ToString(),
        "id" or "Id" => IdFor(pattern).ToString(),
        var other => throw new InvalidOperationException($"The security walk does not know the route value {{{other}}} in {pattern}: add it to WalkRequests.Fill."),
    });

    private static bool IsAnnual(string pattern) =>
        (pattern.StartsWith("/api/meetings/", StringComparison.Ordinal) || pattern.StartsWith("/moter/", StringComparison.Ordinal))
        && new[] { "/annual-meeting", "/constitution", "/delegates.xlsx", "/elections", "/arsmote" }.Any(p => pattern.Contains(p, StringComparison.Ordinal));

    private Guid IdFor(string pattern) => pattern switch
    {
        _ when pattern.StartsWith("/api/organisations", StringComparison.Ordinal) || pattern.StartsWith("/organisasjoner", StringComparison.Ordinal) => s.Organisation,
        _ when pattern.StartsWith("/api/regions", StringComparison.Ordinal) || pattern.StartsWith("/regioner", StringComparison.Ordinal) => s.Region,
        _ when pattern.StartsWith("/api/bodies", StringComparison.Ordinal) || pattern.StartsWith("/organer", StringComparison.Ordinal) => s.Body,
        _ when pattern.StartsWith("/api/persons", StringComparison.Ordinal) || pattern.StartsWith("/personer", StringComparison.Ordinal) => s.Person,
        _ when pattern.StartsWith("/api/positions", StringComparison.Ordinal) || pattern.StartsWith("/verv/", StringComparison.Ordinal) => s.Position,
        _ when pattern.StartsWith("/api/position-types", StringComparison.Ordinal) || pattern.StartsWith("/vervtyper/", StringComparison.Ordinal) => W.Leader,
        _ when pattern.StartsWith("/api/public-offices", StringComparison.Ordinal) => s.PublicOffice,
        _ when pattern.StartsWith("/api/municipalities", StringComparison.Ordinal) || pattern.StartsWith("/api/users", StringComparison.Ordinal) => Guid.Empty,
        _ when pattern.StartsWith("/api/invitations", StringComparison.Ordinal) => s.Invitation,
        _ when pattern.Contains("/kapittel/") => s.Chapter,
        _ when pattern.Contains("/mal/") => s.Goal,
        _ when pattern.Contains("/tiltak/{Id") || pattern.StartsWith("/api/measures", StringComparison.Ordinal) => s.Measure,
        _ when pattern.StartsWith("/api/plans", StringComparison.Ordinal) || pattern.StartsWith("/plan/", StringComparison.Ordinal) => s.Plan,
        _ when pattern.StartsWith("/api/calendar/windows", StringComparison.Ordinal) || pattern.StartsWith("/api/calendar/rules", StringComparison.Ordinal) => s.Window,
        _ when pattern.StartsWith("/api/calendar/deadline-rules", StringComparison.Ordinal) => s.DeadlineRule,
        _ when pattern.StartsWith("/api/calendar/templates", StringComparison.Ordinal) => s.Template,
        _ when pattern.StartsWith("/api/calendar/feeds", StringComparison.Ordinal) => s.Feed,
        _ when pattern.StartsWith("/api/events", StringComparison.Ordinal) || pattern.StartsWith("/datoplan/hendelse", StringComparison.Ordinal) => s.Event,
        _ when pattern.StartsWith("/api/branches", StringComparison.Ordinal) || pattern.StartsWith("/lokallag/", StringComparison.Ordinal) => s.Branch,
        _ when pattern.StartsWith("/api/flags", StringComparison.Ordinal) => s.Flag,
        _ when pattern.StartsWith("/api/members/snapshots", StringComparison.Ordinal) => s.Snapshot,
        _ when pattern.StartsWith("/api/notifications", StringComparison.Ordinal) => s.Notification,
        _ when pattern.StartsWith("/api/outbox", StringComparison.Ordinal) => s.OutboxMessage,
        _ when pattern.StartsWith("/api/study/circles", StringComparison.Ordinal) || pattern.StartsWith("/studier/ring", StringComparison.Ordinal) => s.Circle,
        _ when pattern.Contains("{decisionId", StringComparison.Ordinal) || pattern.Contains("{DecisionId", StringComparison.Ordinal) => s.Decision,
        _ when pattern.StartsWith("/api/follow-ups", StringComparison.Ordinal) => s.FollowUp,
        _ when pattern.Contains("/minutes", StringComparison.Ordinal) || pattern.Contains("/protokoll", StringComparison.Ordinal) => s.HeldMeeting,
        _ when pattern.Contains("{electionId", StringComparison.Ordinal) => s.Election,
        _ when IsAnnual(pattern) => s.AnnualMeeting,
        _ when pattern.Contains("/delegate-rule", StringComparison.Ordinal) => s.Organisation,
        _ when pattern.Contains("{caseId", StringComparison.Ordinal) || pattern.Contains("{CaseId", StringComparison.Ordinal) => s.MeetingCase,
        _ when pattern.StartsWith("/api/meetings", StringComparison.Ordinal) || pattern.StartsWith("/moter/", StringComparison.Ordinal) => s.Meeting,
        _ when pattern.StartsWith("/api/resolutions", StringComparison.Ordinal) || pattern.StartsWith("/uttalelser/", StringComparison.Ordinal) => s.Resolution,
        _ when pattern.StartsWith("/api/media", StringComparison.Ordinal) => s.Media,
        // Results and the elected are of an election already held.
        _ when pattern.StartsWith("/api/elections/{id:guid}/results", StringComparison.Ordinal) => s.HeldElection,
        _ when pattern.StartsWith("/api/nominations/{id:guid}/personal-votes", StringComparison.Ordinal)
            || pattern.StartsWith("/api/nominations/{id:guid}/elected", StringComparison.Ordinal) => s.HeldNomination,
        _ when pattern.StartsWith("/api/elections/{id:guid}/constituencies", StringComparison.Ordinal) => s.SamiElection,
        _ when pattern.StartsWith("/api/elections/{id:guid}/county-targets", StringComparison.Ordinal) => s.NationalElection,
        _ when pattern.StartsWith("/api/elections", StringComparison.Ordinal) => s.PublicElection,
        _ when pattern.StartsWith("/api/nominations", StringComparison.Ordinal) => s.Nomination,
        _ when pattern.StartsWith("/api/candidates", StringComparison.Ordinal) => s.Candidate,
        _ when pattern.StartsWith("/api/campaign-tasks", StringComparison.Ordinal) => s.CampaignTask,
        _ when pattern.StartsWith("/api/campaign-activities", StringComparison.Ordinal) => s.CampaignActivity,
        _ => throw new InvalidOperationException($"The security walk does not know what {pattern} addresses: add it to WalkRequests.IdFor."),
    };

    private async Task<string?> QueryValueAsync(WalkRoute route, QueryParameter parameter, string path) => parameter.Name.ToLowerInvariant() switch
    {
        "organisationid" or "org" or "organisasjon" or "under" or "arrangor" or "organiserid" => s.Organisation.ToString(),
        "person" => s.Person.ToString(),
        "om" => s.Resolution.ToString(),
        "valg" or "electionid" => s.PublicElection.ToString(),
        "fylke" or "countyid" => s.Organisation.ToString(),
        "kommune" or "municipalityid" => s.ElectionMunicipality.ToString(),
        // The walk's list is a municipality's; a constituency's list is reached by the Sámi election's own routes.
        "krets" or "constituencyid" => null,
        "organ" or "bodyid" => s.Body.ToString(),
        "region" or "regionid" => s.Region.ToString(),
        "kapittel" or "chapterid" => s.Chapter.ToString(),
        "med" => s.Plan.ToString(),
        "id" or "entityid" => s.Person.ToString(),
        "type" or "kindid" => app.BoardMeetingKind.ToString(),
        "ar" or "year" or "mallagret" => "2026",
        "side" or "page" or "contactpage" or "kontakter" or "uttrekk" => "1",
        "rev" or "revision" or "medrev" or "otherrevision" => null,
        "pagesize" => "10",
        "days" or "dager" => "7",
        "mnd" when parameter.Type == typeof(int) => "9",
        "dato" or "on" or "from" => "2026-06-01",
        "to" => "2026-12-31",
        // A candidate is versioned with its list (the nomination).
        "version" when route.Pattern.StartsWith("/api/candidates", StringComparison.Ordinal) => (await VersionAsync(s.Nomination)).ToString(CultureInfo.InvariantCulture),
        "version" => (await DeletedVersionAsync(route.Pattern)).ToString(CultureInfo.InvariantCulture),
        // Part of the tag: a search for it must find nothing, and a page that repeats the search term shows no whole tag.
        "search" or "sok" or "q" => s.Tag[1..^1],
        "returnurl" => "/",
        "sort" or "sortering" or "sorter" => "svakest",
        "status" => "UnderWay",
        "state" => "Waiting",
        _ when parameter.Type == typeof(bool) => "true",
        _ when path.Contains("/api/measures") || path.Contains("/measures") => "x",
        _ => "x",
    };

    /// <summary>The version of the row a route with a version in its query changes or removes (the parts of a body, a logo, an auditor's report).</summary>
    private Task<long> DeletedVersionAsync(string pattern) => pattern switch
    {
        _ when pattern.Contains("{itemId", StringComparison.Ordinal) => VersionAsync(s.AgendaItem),
        _ when pattern.Contains("{inviteeId", StringComparison.Ordinal) => VersionAsync(s.Invitee),
        _ when pattern.EndsWith("/logo", StringComparison.Ordinal) =>
            app.WithDbAsync(db => db.OrganisationLogos.Where(l => l.OrganisationId == s.Organisation).Select(l => l.Version).SingleAsync()),
        _ when pattern.EndsWith("/accounts/auditor", StringComparison.Ordinal) => app.WithDbAsync(db => db.AuditorReports
            .Where(r => db.AnnualAccounts.Any(a => a.Id == r.AccountsId && a.OrganisationId == s.Organisation && a.Year == 2026)).Select(r => r.Version).SingleAsync()),
        _ => VersionAsync(IdFor(pattern)),
    };

    /// <summary>The version of a row as it is now, so a change is refused for its scope, not for a stale version.</summary>
    public Task<long> VersionAsync(Guid id) => app.VersionAsync(id);

    [GeneratedRegex("\\{([A-Za-z]+)(?::[^}]+)?\\}")]
    private static partial Regex RouteValue();
}
