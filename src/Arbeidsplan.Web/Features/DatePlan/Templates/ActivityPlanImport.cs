using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.DatePlan.Templates;

public sealed class ActivityPlanInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>The activity plan: a row per month with a column for the election year and one for the year between.</summary>
    public string? Text { get; set; }

    /// <summary>False shows what was read; true saves both templates, all or nothing.</summary>
    public bool Apply { get; set; }
}

public sealed record ActivityPlanRow(int Line, string YearType, string Month, int? Day, string Title, string KindName);

public sealed record ActivityPlanProblem(int Line, string Text, string Problem);

public sealed record ActivityPlanResult(bool Saved, string ElectionName, string MidTermName, int ElectionItems, int MidTermItems,
    IReadOnlyList<ActivityPlanRow> Rows, IReadOnlyList<ActivityPlanProblem> Problems, IReadOnlyList<Guid> TemplateIds);

/// <summary>An activity plan (months × election year and the year between) made into the two templates, instead of typed in twice.</summary>
public sealed class ActivityPlanImport(AppDbContext db, Guard guard)
{
    public Task<Outcome<ActivityPlanResult>> RunAsync(ActivityPlanInput input, CancellationToken ct = default) => Outcome.Try(async () =>
    {
        if (ImportLimits.TooLong<ActivityPlanResult>(input.Text, ImportLimits.DatePlanCharacters, nameof(input.Text)) is { } tooLong)
        {
            return tooLong;
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<ActivityPlanResult>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Outcome<ActivityPlanResult>.Invalid(nameof(input.Text), "Lim inn aktivitetsplanen: en rad per måned, med én kolonne for valgår og én for mellomår.");
        }
        ct.ThrowIfCancellationRequested();
        var read = ActivityPlanTable.Read(input.Text);
        var problems = read.Problems.Select(p => new ActivityPlanProblem(p.Line, p.Text, p.Problem)).ToList();
        if (input.Apply && problems.Count > 0)
        {
            return Outcome<ActivityPlanResult>.Invalid(nameof(input.Text),
                $"Aktivitetsplanen har {problems.Count} {(problems.Count == 1 ? "rad" : "rader")} som ikke kunne leses (første: linje {problems[0].Line}: {problems[0].Problem}). Ingenting er lagret.");
        }
        if (input.Apply && read.Items.Count == 0)
        {
            return Outcome<ActivityPlanResult>.Invalid(nameof(input.Text), "Fant ingen aktiviteter under valgår og mellomår.");
        }
        var (electionName, midTermName) = (Name(read.ElectionName, "valgår"), Name(read.MidTermName, "mellomår"));
        var rows = read.Items.Select(i =>
        {
            var kind = EventKind.BuiltIn.Single(k => k.Key == EventKind.Guess(i.Title));
            return new ActivityPlanRow(i.Line, TemplateService.Label(i.YearType), NorwegianDates.MonthTitle(i.Month), i.Day, i.Title, kind.Name);
        }).ToList();
        var ids = new List<Guid>();
        if (input.Apply)
        {
            foreach (var (type, name) in new[] { (YearType.ElectionYear, electionName), (YearType.MidTerm, midTermName) })
            {
                var template = new EventTemplate(input.OrganisationId, name, type);
                template.ReplaceItems(read.Items.Where(i => i.YearType == type).Select(i => (i.Month, i.Day, EventKind.IdOf(EventKind.Guess(i.Title)), i.Title)));
                db.EventTemplates.Add(template);
                db.TemplateItems.AddRange(template.Items);
                ids.Add(template.Id);
            }
            await db.SaveChangesAsync(ct);
        }
        return new ActivityPlanResult(input.Apply, electionName, midTermName, read.Items.Count(i => i.YearType == YearType.ElectionYear),
            read.Items.Count(i => i.YearType == YearType.MidTerm), rows, problems, ids);
    });

    /// <summary>"Aktivitetsplan – Kommunevalgår" from the column's heading.</summary>
    private static string Name(string? heading, string fallback) =>
        $"Aktivitetsplan – {(string.IsNullOrWhiteSpace(heading) ? fallback : heading.Trim())}";
}
