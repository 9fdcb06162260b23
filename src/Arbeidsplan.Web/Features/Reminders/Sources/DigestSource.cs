using System.Globalization;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Calendars;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// The Monday digest: each region contact gets exactly the branches of their region, whoever holds the role that receives the
/// county's digest gets all the county's branches: what changed last week (contacts, flags, a new member export), annual meetings
/// not yet held this year, branches not contacted for six weeks, study requirements due within four weeks that branches have not met,
/// open flags. Made Monday to Wednesday for that week's Monday, so a run missed on Monday still sends it.
/// </summary>
public sealed class DigestSource(AppDbContext db, OrganisationDirectory directory) : ReminderSource
{
    private static readonly Guid AnnualMeeting = EventKind.IdOf(EventKind.AnnualMeeting);

    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var monday = context.Day.PlusDays(-((int)context.Day.DayOfWeek - 1));
        var digestOffices = context.Index.Offices.Where(o => (o.Roles & (PositionRole.RegionContact | PositionRole.ReceivesDigest)) != 0).ToList();
        if ((context.Day - monday).Days > 2 || digestOffices.Count == 0)
        {
            return [];
        }
        var organisations = await directory.AllAsync();
        var locals = organisations.Where(o => o.Kind == OrganisationKind.Local).ToList();
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => new { r.Name, r.OrganisationId }, ct);
        var groups = new List<(HeldOffice Office, Guid ItemId, ReminderKind Kind, Guid Organisation, string Name, IReadOnlyList<Guid> Branches)>();
        foreach (var o in digestOffices)
        {
            if ((o.Roles & PositionRole.RegionContact) != 0 && o.RegionId is { } region && regions.TryGetValue(region, out var r))
            {
                groups.Add((o, region, ReminderKind.RegionDigest, r.OrganisationId, $"region {r.Name}", [.. locals.Where(b => b.RegionId == region).Select(b => b.Id)]));
            }
            else if ((o.Roles & PositionRole.ReceivesDigest) != 0 && o.OrganisationId is { } county)
            {
                var below = context.Tree.SelfAndDescendants(county).ToHashSet();
                groups.Add((o, county, ReminderKind.CountyDigest, county, context.NameOf(county), [.. locals.Where(b => below.Contains(b.Id)).Select(b => b.Id)]));
            }
        }
        var all = groups.SelectMany(g => g.Branches).ToHashSet();
        var facts = await FactsAsync([.. all], monday, context.Day, ct);
        var due = (await PendingRequirements.ForAsync(db, context.Tree, context.Day, all, context.Day, context.Day.PlusDays(RequirementsAhead), ct)).ToLookup(p => p.Branch, p => p.Requirement);
        var week = WeekYearRules.Iso.GetWeekOfWeekYear(monday);
        return groups.Where(g => g.Branches.Count > 0).Select(g => new ReminderItem(g.Kind, g.ItemId, monday, g.Organisation, [g.Office.PersonId],
            g.Kind == ReminderKind.RegionDigest ? $"du er regionkontakt for {g.Name}" : $"du har vervet {g.Office.TypeName.ToLowerInvariant()}, som får fylkets ukesoversikt",
            $"Ukesoversikt uke {week.ToString(CultureInfo.InvariantCulture)}: {g.Name}", Lines(g.Branches, facts, due, context), "/lokallag")).ToList();
    }

    /// <summary>How far ahead the digest names study requirements not met.</summary>
    private const int RequirementsAhead = 28;

    private static List<string> Lines(IReadOnlyList<Guid> branches, IReadOnlyDictionary<Guid, BranchFacts> facts, ILookup<Guid, Domain.Study.StudyRequirement> due,
        ReminderContext context)
    {
        var rows = branches.Select(b => (Name: context.NameOf(b), Facts: facts[b])).OrderBy(b => b.Name, NorwegianText.Comparer).ToList();
        var lines = new List<string>
        {
            $"{rows.Count} lokallag. Årsmøte holdt i år: {rows.Count(r => r.Facts.AnnualMeetingHeld)}. Åpne flagg: {rows.Sum(r => r.Facts.OpenFlags)}.",
        };
        lines.AddRange(rows.Where(r => r.Facts.Changes.Count > 0).Select(r => $"Nytt siste uke i {r.Name}: {string.Join(", ", r.Facts.Changes)}."));
        if (rows.Where(r => !r.Facts.AnnualMeetingHeld).Select(r => r.Name).ToList() is { Count: > 0 } noMeeting)
        {
            lines.Add($"Årsmøte ikke holdt i år: {string.Join(", ", noMeeting)}.");
        }
        var silent = rows.Where(r => r.Facts.LastContact is not { } last || last < context.Day.PlusDays(-42))
            .Select(r => r.Facts.LastContact is { } last ? $"{r.Name} ({NorwegianTime.Format(last)})" : $"{r.Name} (aldri)").ToList();
        if (silent.Count > 0)
        {
            lines.Add($"Ikke kontaktet på seks uker: {string.Join(", ", silent)}.");
        }
        lines.AddRange(branches.SelectMany(b => due[b].Select(r => (Requirement: r, Branch: context.NameOf(b))))
            .GroupBy(x => x.Requirement.Id)
            .OrderBy(g => g.First().Requirement.DueOn)
            .Select(g => $"Krav med frist {NorwegianTime.Format(g.First().Requirement.DueOn)}, «{g.First().Requirement.Name}», ikke gjennomført i: " +
                $"{string.Join(", ", g.Select(x => x.Branch).Order(NorwegianText.Comparer))}."));
        lines.AddRange(rows.Where(r => r.Facts.OpenFlags > 0).Select(r => $"{r.Name} har {r.Facts.OpenFlags} {(r.Facts.OpenFlags == 1 ? "åpent" : "åpne")} flagg."));
        return lines;
    }

    private sealed record BranchFacts(bool AnnualMeetingHeld, LocalDate? LastContact, int OpenFlags, List<string> Changes);

    /// <summary>What the digest says of each branch, in five queries for all branches at once.</summary>
    private async Task<IReadOnlyDictionary<Guid, BranchFacts>> FactsAsync(List<Guid> branches, LocalDate monday, LocalDate today, CancellationToken ct)
    {
        var (weekAgo, yearStart) = (monday.PlusDays(-7), new LocalDate(today.Year, 1, 1));
        var held = (await db.Events.AsNoTracking()
            .Where(e => e.KindId == AnnualMeeting && e.Status == EventStatus.Confirmed && e.StartDate >= yearStart && e.StartDate <= today
                && (branches.Contains(e.OrganisationId) || (e.HostId != null && branches.Contains(e.HostId.Value))))
            .Select(e => e.HostId ?? e.OrganisationId).ToListAsync(ct)).ToHashSet();
        var contacts = await db.ContactEntries.AsNoTracking().Where(c => branches.Contains(c.BranchId))
            .GroupBy(c => c.BranchId).Select(g => new { g.Key, Last = g.Max(c => c.On), Week = g.Count(c => c.On >= weekAgo) }).ToDictionaryAsync(c => c.Key, ct);
        var flags = (await db.BranchFlags.AsNoTracking().Where(f => branches.Contains(f.BranchId) && (f.ClosedOn == null || f.ClosedOn >= weekAgo))
            .Select(f => new { f.BranchId, f.OpenedOn, f.ClosedOn }).ToListAsync(ct)).ToLookup(f => f.BranchId);
        var exports = (await db.BranchCounts.AsNoTracking().Where(c => branches.Contains(c.BranchId))
            .Join(db.MemberSnapshots.Where(s => s.TakenOn >= weekAgo && s.TakenOn <= today), c => c.SnapshotId, s => s.Id, (c, s) => new { c.BranchId, c.Paying, c.New, s.TakenOn })
            .ToListAsync(ct)).ToLookup(e => e.BranchId);
        return branches.ToDictionary(b => b, b =>
        {
            var contact = contacts.GetValueOrDefault(b);
            var own = flags[b].ToList();
            var changes = new List<string>();
            if (contact is { Week: > 0 })
            {
                changes.Add($"{contact.Week} kontakt{(contact.Week == 1 ? "" : "er")} logget");
            }
            changes.AddRange(own.Where(f => f.OpenedOn >= weekAgo).Select(_ => "nytt flagg"));
            changes.AddRange(own.Where(f => f.ClosedOn is not null).Select(_ => "flagg lukket"));
            if (exports[b].MaxBy(e => e.TakenOn) is { } export)
            {
                changes.Add($"medlemsuttrekk {NorwegianTime.Format(export.TakenOn)}: {export.Paying} betalende, {export.New} nye");
            }
            return new BranchFacts(held.Contains(b), contact?.Last, own.Count(f => f.ClosedOn is null), changes);
        });
    }
}
