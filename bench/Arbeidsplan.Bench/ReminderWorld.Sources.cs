using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Domain.Study;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>What the notice, digest, study and checklist sources of the reminder run read.</summary>
internal sealed partial class ReminderWorld
{
    private static readonly Guid BoardMeeting = EventKind.IdOf(EventKind.BoardMeeting);
    private static readonly Guid AnnualMeeting = EventKind.IdOf(EventKind.AnnualMeeting);

    /// <summary>
    /// The notice source's rows: each county's executive committee meets every third Thursday of the year (a series with one meeting
    /// cancelled) under the rule «innkalling 14 dager før»; each branch's board meets monthly (the second Tuesday as a series in every other
    /// branch, twelve single meetings in the rest) under «innkalling 7 dager før». And each branch's annual meeting, spread from February to
    /// late September, which the checklist (held in the last weeks) and the digest (held this year or not yet) read.
    /// </summary>
    private async Task AddMeetingsAsync(IReadOnlyList<Guid> counties, List<Guid> boards, IReadOnlyList<Guid> branches)
    {
        for (var c = 0; c < counties.Count; c++)
        {
            db.DeadlineRules.Add(new DeadlineRule(counties[c], "Innkalling til arbeidsutvalget", BoardMeeting, boards[c], 14, "Saksliste og sakspapirer sendes med."));
            var series = new Event(counties[c], new EventDetails(BoardMeeting, "Arbeidsutvalgsmøte", boards[c]), EventWhen.Day(new LocalDate(2026, 1, 8)),
                new RecurrenceRule(RepeatFrequency.Weekly, interval: 3, until: new LocalDate(2026, 12, 17)));
            series.ChangeOccurrence(series.Repeat!.Dates(series.StartDate).First(d => d >= new LocalDate(2026, 10, 1)), null);
            db.Events.Add(series);
            (rules, meetings) = (rules + 1, meetings + 1);
        }
        for (var b = 0; b < branches.Count; b++)
        {
            await SavedAsync(AddBranchMeetings(branches[b], b));
        }
    }

    /// <summary>A branch's notice rule, its board meetings of the year and its annual meeting; returns the rows added.</summary>
    private int AddBranchMeetings(Guid branch, int b)
    {
        db.DeadlineRules.Add(new DeadlineRule(branch, "Innkalling til styremøte", BoardMeeting, null, 7));
        rules++;
        var added = 1;
        if (b % 2 == 0)
        {
            db.Events.Add(new Event(branch, new EventDetails(BoardMeeting, "Styremøte"), EventWhen.Day(new LocalDate(2026, 1, 1)),
                new RecurrenceRule(RepeatFrequency.Monthly, 1, IsoDayOfWeek.Tuesday, 2, until: new LocalDate(2026, 12, 31))));
            added++;
        }
        else
        {
            for (var month = 1; month <= 12; month++)
            {
                db.Events.Add(new Event(branch, new EventDetails(BoardMeeting, "Styremøte"), EventWhen.Day(new LocalDate(2026, month, 5 + b % 20))));
                added++;
            }
        }
        db.Events.Add(new Event(branch, new EventDetails(AnnualMeeting, "Årsmøte"), EventWhen.Day(new LocalDate(2026, 2, 1).PlusDays(b * 37 % 240))));
        meetings += added;
        return added;
    }

    /// <summary>
    /// The digest's rows: a region contact for every region (held in the county, named for the region) and in every county an adviser who
    /// receives the county's digest; two contacts logged with every branch (the latest from yesterday to two months back, the other months
    /// before), a flag opened last week in one branch in eleven and one closed last week in one in thirteen, and a member export taken last
    /// week with every branch's counts.
    /// </summary>
    private async Task AddDigestAsync(Guid party, IReadOnlyList<Guid> counties, IReadOnlyList<Guid> branches)
    {
        await AddTypesAsync(party, ["Regionkontakt"], ScopeKind.Region);
        await AddTypesAsync(party, ["Organisasjonsrådgiver"], ScopeKind.Subtree, PositionRole.ReceivesDigest);
        var regions = await db.Regions.AsNoTracking().Where(r => counties.Contains(r.OrganisationId)).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.OrganisationId }).ToListAsync();
        foreach (var region in regions)
        {
            AddHolder(region.OrganisationId, "Regionkontakt", null, region.Id);
        }
        foreach (var county in counties)
        {
            AddHolder(county, "Organisasjonsrådgiver", null);
        }
        var counts = branches.Select((branch, b) => new MemberCounts(branch, 90 + b % 60, 10 + b % 15, b % 12, 50 + b % 30, 40 + b % 30, b % 20, 10 + b % 25)).ToList();
        var taken = Day.PlusDays(-5);
        var snapshot = new MemberSnapshot(party, taken, SnapshotSource.Import, "Benk", Instant.FromUtc(taken.Year, taken.Month, taken.Day, 12, 0), "medlemmer.csv")
        {
            Members = counts.Sum(c => c.Paying + c.Unpaid),
        };
        db.MemberSnapshots.Add(snapshot);
        await SavedAsync(regions.Count + counties.Count + 1);
        for (var b = 0; b < branches.Count; b++)
        {
            db.BranchCounts.Add(new BranchCount(snapshot.Id, counts[b], b % 9));
            await SavedAsync(1 + AddContactsAndFlags(branches[b], b));
        }
    }

    /// <summary>A branch's two logged contacts and its flags of the last weeks; returns the rows added.</summary>
    private int AddContactsAndFlags(Guid branch, int b)
    {
        foreach (var on in new[] { Day.PlusDays(-(1 + b % 60)), Day.PlusDays(-(61 + b % 150)) })
        {
            db.ContactEntries.Add(new ContactEntry(branch, null, "Regionkontakt", on, b % 2 == 0 ? ContactChannel.Phone : ContactChannel.Meeting,
                "Samtale om verving og årsmøtet.", Instant.FromUtc(on.Year, on.Month, on.Day, 18, 0)));
            contacts++;
        }
        var added = 2;
        if (b % 11 == 0)
        {
            db.BranchFlags.Add(new BranchFlag(branch, FlagReason.MemberCare, "Mange har ikke betalt kontingent.", Day.PlusDays(-3)));
            (flags, added) = (flags + 1, added + 1);
        }
        if (b % 13 == 0)
        {
            var closed = new BranchFlag(branch, FlagReason.WaysOfWorking, "Ingen styremøter siden årsmøtet.", Day.PlusDays(-100));
            closed.Close(Day.PlusDays(-4), "Nytt styre på plass.");
            db.BranchFlags.Add(closed);
            (flags, added) = (flags + 1, added + 1);
        }
        return added;
    }

    /// <summary>
    /// The study source's rows: a national requirement to complete «Valgkampskolering» by 1 October, held by one branch in three this summer;
    /// in every other county a requirement of a circle in the year by 30 November; a study-hours deadline of 25 September in the settings of one
    /// county in three (besides those with defaults) and of 15 October in one branch in 25, which follows its own and not its county's.
    /// </summary>
    private async Task AddStudyAsync(Guid party, IReadOnlyList<Guid> counties, IReadOnlyList<Guid> branches)
    {
        var material = new StudyMaterial(party, "Valgkampskolering", MaterialKind.Circle);
        db.StudyMaterials.Add(material);
        db.StudyRequirements.Add(new StudyRequirement(party, "Valgkampskolering", RequirementKind.CompleteMaterial, 2026, material.Id, new LocalDate(2026, 10, 1)));
        requirements++;
        for (var c = 0; c < counties.Count; c++)
        {
            if (c % 2 == 0)
            {
                db.StudyRequirements.Add(new StudyRequirement(counties[c], "Minst én studiering i 2026", RequirementKind.CircleEachYear, 2026, null, new LocalDate(2026, 11, 30)));
                requirements++;
            }
            if (c % 3 == 1)
            {
                db.ReminderSettings.Add(SettingsWithDeadline(counties[c], new AnnualDate(9, 25)));
            }
        }
        for (var b = 0; b < branches.Count; b++)
        {
            if (b % 3 == 0)
            {
                db.StudyCircles.Add(new StudyCircle(branches[b], null, material.Id, new DateInterval(new LocalDate(2026, 7, 21), new LocalDate(2026, 8, 20)), 7, 8, "Benk"));
            }
            if (b % 25 == 0)
            {
                db.ReminderSettings.Add(SettingsWithDeadline(branches[b], new AnnualDate(10, 15)));
            }
        }
        await SavedAsync(branches.Count);
    }

    private static ReminderSettings SettingsWithDeadline(Guid organisation, AnnualDate deadline)
    {
        var settings = new ReminderSettings(organisation);
        settings.Set(QuietPeriod.Format(QuietPeriod.Defaults), deadline);
        return settings;
    }
}
