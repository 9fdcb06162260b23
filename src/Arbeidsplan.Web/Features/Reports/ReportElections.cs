using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The report's section on elections, in the year of one and the year before it, when the nomination is done: for every list the
/// organisation or those below it answer for, how far its nomination had come by the year's end (committee, top candidate, list
/// adopted, filed), in figures and list by list.
/// </summary>
public sealed class ReportElections(AppDbContext db, OrganisationDirectory directory)
{
    private static readonly NominationStepKind[] Shown =
        [NominationStepKind.CommitteeAppointed, NominationStepKind.TopCandidateChosen, NominationStepKind.ListAdopted, NominationStepKind.ListFiled];

    public async Task<ReportSection?> SectionAsync(Guid organisationId, int year)
    {
        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year + 1, 12, 31));
        var elections = await db.Elections.AsNoTracking().Where(e => e.Day >= first && e.Day <= last).OrderBy(e => e.Day).ToListAsync();
        if (elections.Count == 0)
        {
            return null;
        }
        var tree = await directory.TreeAsync();
        var organisations = await directory.AllAsync();
        var kinds = organisations.ToDictionary(o => o.Id, o => o.Kind);
        var names = organisations.ToDictionary(o => o.Id, o => o.DisplayName);
        var below = tree.SelfAndDescendants(organisationId).ToHashSet();
        var source = await directory.NominationListSourceAsync();
        var yearEnd = new LocalDate(year, 12, 31);
        var steps = (await db.NominationStepsAsync([.. elections.Select(e => e.Id)])).Where(s => s.On <= yearEnd)
            .ToDictionary(s => (s.ElectionId, s.County, s.Area, s.Kind), s => s.On);
        var figures = new List<ReportFigure>();
        var tables = new List<ReportTable>();
        var drafts = new List<string>();
        foreach (var election in elections)
        {
            var lists = source.ListsOf(election, tree, kinds, id => names.GetValueOrDefault(id, "")).Where(l => below.Contains(l.Owner)).ToList();
            if (lists.Count == 0)
            {
                continue;
            }
            int Taken(NominationStepKind kind) => lists.Count(l => steps.ContainsKey((election.Id, l.County, l.Area, kind)));
            var suffix = elections.Count > 1 ? $" ({election.Name})" : "";
            figures.AddRange([new($"Lister{suffix}", $"{lists.Count}"), .. Shown.Select(k => new ReportFigure($"{k.Label()}{suffix}", $"{Taken(k)}"))]);
            tables.Add(new ReportTable($"Nominasjonen per liste ved utgangen av {year}: {election.Name}", ["Liste", "Ansvar", .. Shown.Select(k => k.Short())],
                [.. lists.OrderBy(l => l.Municipality is null).ThenBy(l => l.Name, NorwegianText.Comparer).Select(l => (IReadOnlyList<string>)
                [
                    l.Name, names.GetValueOrDefault(l.Owner, ""),
                    .. Shown.Select(k => steps.TryGetValue((election.Id, l.County, l.Area, k), out var on) ? NorwegianTime.Format(on) : ""),
                ])]));
            drafts.Add(ReportDrafts.Nominations(election.Name, year, lists.Count, Taken(NominationStepKind.CommitteeAppointed), Taken(NominationStepKind.TopCandidateChosen),
                Taken(NominationStepKind.ListAdopted), Taken(NominationStepKind.ListFiled)));
        }
        return tables.Count == 0 ? null : new ReportSection(ReportSectionKind.Elections, figures, tables, string.Join("\n\n", drafts));
    }
}
