using System.Security.Cryptography;
using System.Text;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Feeds;

public sealed class FeedInput
{
    public FeedScope Scope { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? KindId { get; set; }
    public string? Name { get; set; }
}

public sealed record FeedRow(Guid Id, string Name, FeedScope Scope, string What, DateOnly Created, DateOnly? LastUsed, bool Active);

/// <summary>A new feed: the secret link is shown this once; only its hash is kept.</summary>
public sealed record FeedCreated(Guid Id, string Name, string Url, string WebcalUrl);

public sealed record FeedBody(byte[] Content, string ETag, DateTimeOffset LastModified);

/// <summary>Secret, revocable calendar feeds: per organisation (public events, optionally of one kind) and per person (their bodies' meetings, their deadlines and their follow-up tasks).</summary>
public sealed class FeedService(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, IClock clock, IMemoryCache cache)
{
    public async Task<IReadOnlyList<FeedRow>> MineAsync()
    {
        var userId = access.UserId;
        var feeds = await db.CalendarFeeds.AsNoTracking().Where(f => f.OwnerUserId == userId).OrderByDescending(f => f.CreatedAt).ToListAsync();
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.DisplayName);
        var kinds = await db.EventKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name);
        return feeds.Select(f => new FeedRow(f.Id, f.Name, f.Scope,
            f.Scope == FeedScope.Person ? "Mine møter og frister" : $"{names.GetValueOrDefault(f.OrganisationId!.Value)}{(f.KindId is { } k ? " – " + kinds.GetValueOrDefault(k) : "")}",
            f.CreatedAt.InZone(NorwegianTime.Oslo).Date.ToDateOnly(), f.LastUsedAt?.InZone(NorwegianTime.Oslo).Date.ToDateOnly(), f.IsActive)).ToList();
    }

    public Task<Outcome<FeedCreated>> CreateAsync(FeedInput input, string origin) => Outcome.Try(async () =>
    {
        if (access.UserId is not { } userId)
        {
            return Outcome<FeedCreated>.Forbidden();
        }
        if (!Enum.IsDefined(input.Scope))
        {
            return Outcome<FeedCreated>.Invalid(nameof(input.Scope), "Velg hva kalenderen skal vise.");
        }
        Guid? personId = null;
        if (input.Scope == FeedScope.Person)
        {
            personId = await access.PersonIdAsync();
        }
        else if (input.OrganisationId is not { } org || !await guard.ReadsOrganisation(org) || !await db.Organisations.AnyAsync(o => o.Id == org))
        {
            // An administrator reads every id, so whether the organisation exists is asked as well.
            return Outcome<FeedCreated>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        else if (input.KindId is { } kind && !await db.EventKinds.AnyAsync(k => k.Id == kind))
        {
            return Outcome<FeedCreated>.Invalid(nameof(input.KindId), "Velg en type aktivitet som finnes.");
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var name = string.IsNullOrWhiteSpace(input.Name) ? (input.Scope == FeedScope.Person ? "Mine møter og frister" : "Datoplan") : input.Name;
        var feed = new CalendarFeed(userId, input.Scope, name, Hash(token), clock.GetCurrentInstant(), input.Scope == FeedScope.Organisation ? input.OrganisationId : null,
            input.Scope == FeedScope.Organisation ? input.KindId : null, personId);
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync();
        var url = $"{origin.TrimEnd('/')}/kalender/{token}.ics";
        return new FeedCreated(feed.Id, feed.Name, url, "webcal" + url[url.IndexOf("://", StringComparison.Ordinal)..]);
    });

    public Task<Outcome<Guid>> RevokeAsync(Guid id) => Outcome.Try(async () =>
    {
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Id == id);
        if (feed is null || feed.OwnerUserId != access.UserId && !await guard.IsAdministrator())
        {
            return Outcome<Guid>.NotFound();
        }
        feed.Revoke(clock.GetCurrentInstant());
        await db.SaveChangesAsync();
        return id;
    });

    /// <summary>The feed's iCalendar text, built once per change and served from memory until something in it changes; null for an unknown or revoked link.</summary>
    public async Task<FeedBody?> BodyAsync(string token, string origin)
    {
        var hash = Hash(token);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.TokenHash == hash);
        if (feed is null || !feed.IsActive)
        {
            return null;
        }
        var now = clock.GetCurrentInstant();
        var used = feed.LastUsedAt is null || now - feed.LastUsedAt.Value > Duration.FromHours(1);
        if (used)
        {
            feed.LastUsedAt = now;
        }
        var today = clock.Today();
        var window = new DateInterval(today.PlusYears(-1), today.PlusYears(2));
        // The person's positions today, their measures and tasks: read once for the fingerprint and the calendar.
        var held = feed.Scope == FeedScope.Person ? await HeldAsync(feed.PersonId) : [];
        var (events, bodies) = Source(feed, window, held);
        var measures = feed.Scope == FeedScope.Person ? await OwnMeasuresAsync(held) : null;
        var tasks = feed.Scope == FeedScope.Person ? await OwnTasksAsync(feed.PersonId, held) : [];
        var stamp = await FingerprintAsync(feed, events, bodies, today, tasks, measures);
        if (feed.Serves(stamp, now) | used)
        {
            await db.SaveChangesAsync();
        }
        return await cache.GetOrCreateAsync($"feed:{feed.Id}:{stamp}:{origin}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6);
            entry.Size = 100;
            var text = await BuildAsync(feed, events, window, origin, tasks, measures);
            return new FeedBody(Encoding.UTF8.GetBytes(text), $"\"{stamp}\"", feed.ContentChangedAt!.Value.ToDateTimeOffset());
        });
    }

    /// <summary>A position the feed's person holds today: its type and where (an organisation or a body).</summary>
    private sealed record Held(Guid PositionTypeId, Guid? OrganisationId, Guid? BodyId);

    private async Task<IReadOnlyList<Held>> HeldAsync(Guid? person)
    {
        var today = clock.Today();
        return [.. (await db.Positions.AsNoTracking().Where(p => p.PersonId == person).Select(p => new { p.PositionTypeId, p.OrganisationId, p.BodyId, p.Term }).ToListAsync())
            .Where(p => p.Term.IsActiveOn(today)).Select(p => new Held(p.PositionTypeId, p.OrganisationId, p.BodyId))];
    }

    private (IQueryable<Event> Events, List<Guid> Bodies) Source(CalendarFeed feed, DateInterval window, IReadOnlyList<Held> held)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Confirmed).Touching(window);
        if (feed.Scope == FeedScope.Organisation)
        {
            // The organisation's own public events and those it hosts in an umbrella's date plan (a board meeting kept by the region).
            return (events.Where(e => (e.OrganisationId == feed.OrganisationId || e.HostId == feed.OrganisationId) && e.Visibility == EventVisibility.Public && (feed.KindId == null || e.KindId == feed.KindId)), []);
        }
        var bodies = held.Where(p => p.BodyId != null).Select(p => p.BodyId!.Value).Distinct().ToList();
        return (events.Where(e => e.BodyId != null && bodies.Contains(e.BodyId.Value)), bodies);
    }

    private async Task<string> FingerprintAsync(CalendarFeed feed, IQueryable<Event> events, List<Guid> bodies, LocalDate today,
        IReadOnlyList<OwnTask> tasks, IQueryable<Measure>? ownMeasures)
    {
        var stats = await events.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(e => e.Version), Last = g.Max(e => e.UpdatedAt) }).SingleOrDefaultAsync();
        var rules = await db.DeadlineRules.AsNoTracking().Where(r => feed.Scope == FeedScope.Person).SumAsync(r => (long?)r.Version) ?? 0;
        var measures = ownMeasures is null ? 0 : await ownMeasures.SumAsync(m => (long?)m.Version) ?? 0;
        var taskKey = string.Join(',', tasks.Select(t => $"{t.Id:N}.{t.Version}"));
        var key = $"{today}|{stats?.Count}|{stats?.Versions}|{stats?.Last.ToUnixTimeTicks()}|{rules}|{measures}|{taskKey}|{string.Join(',', bodies)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private async Task<string> BuildAsync(CalendarFeed feed, IQueryable<Event> source, DateInterval window, string origin, IReadOnlyList<OwnTask> tasks,
        IQueryable<Measure>? ownMeasures)
    {
        var events = await source.Include(e => e.Exceptions).AsSplitQuery().ToListAsync();
        var kinds = await db.EventKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name);
        var entries = events.Select(e => EventIcs.Entry(e, kinds, origin)).ToList();
        var name = feed.Name;
        if (ownMeasures is not null)
        {
            var organisers = events.Select(e => e.OrganiserId).Distinct().ToList();
            var rules = await db.DeadlineRules.AsNoTracking().Where(r => organisers.Contains(r.OrganisationId)).ToListAsync();
            entries.AddRange(DerivedDeadline.For(rules, events.SelectMany(e => e.OccurrencesIn(window))).Select(d => new IcsEntry(
                $"frist-{d.Rule.Id:N}-{d.Meeting.Event.Id:N}-{d.Meeting.OriginalDate:yyyyMMdd}@arbeidsplan", d.Title, EventWhen.Day(d.Due), null, [], null,
                d.Rule.Description, $"{origin}/datoplan/hendelse/{d.Meeting.Event.Id}", (int)(d.Rule.Version + d.Meeting.Event.Version), Later(d.Rule.UpdatedAt, d.Meeting.Event.UpdatedAt), "Frist", false)));
            var measures = await ownMeasures.Where(m => m.DueOn != null && m.DueOn >= window.Start && m.DueOn <= window.End)
                .Select(m => new { m.Id, m.PlanId, m.Code, m.Text, m.DueOn, m.Version, Changed = db.AuditEntries.Where(a => a.EntityId == m.Id).Max(a => (Instant?)a.At) })
                .ToListAsync();
            entries.AddRange(measures.Select(m => new IcsEntry($"tiltak-{m.Id:N}@arbeidsplan", $"Frist: {(m.Code is null ? "" : m.Code + " ")}{m.Text}",
                EventWhen.Day(m.DueOn!.Value), null, [], null, null, $"{origin}/plan/{m.PlanId}/tiltak/{m.Id}", (int)m.Version - 1, m.Changed ?? feed.CreatedAt, "Frist", false)));
            entries.AddRange(tasks.Where(t => window.Contains(t.DueOn)).Select(t => new IcsEntry($"{t.Uid}-{t.Id:N}@arbeidsplan",
                $"Frist: {t.Title}", EventWhen.Day(t.DueOn), null, [], null, t.What, $"{origin}{t.Path}",
                (int)Math.Min(t.Version, int.MaxValue), t.Changed ?? feed.CreatedAt, "Frist", false)));
        }
        return IcsWriter.Write(name, entries, cache);
    }

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;

    /// <summary>Measures of adopted plans owned by a position the feed's person holds today in the plan's organisation, or by a body they sit on.</summary>
    private async Task<IQueryable<Measure>> OwnMeasuresAsync(IReadOnlyList<Held> held)
    {
        var types = held.Where(p => p.OrganisationId != null).Select(p => p.PositionTypeId).Distinct().ToList();
        var organisations = held.Where(p => p.OrganisationId != null).Select(p => p.OrganisationId!.Value).Distinct().ToList();
        var bodies = held.Where(p => p.BodyId != null).Select(p => p.BodyId!.Value).Distinct().ToList();
        var pairs = held.Where(p => p.OrganisationId != null).Select(p => (p.PositionTypeId, p.OrganisationId!.Value)).ToHashSet();
        var candidates = db.Measures.AsNoTracking().Where(m => m.Status != MeasureStatus.Done && m.Status != MeasureStatus.Dropped
            && db.Plans.Any(p => p.Id == m.PlanId && p.State != PlanState.Draft
                && (m.OwnerPositionTypeId != null && types.Contains(m.OwnerPositionTypeId.Value) && organisations.Contains(p.OrganisationId)
                    || m.OwnerBodyId != null && bodies.Contains(m.OwnerBodyId.Value))));
        // The type and organisation must be held together; a handful of rows, so the pairing is checked here.
        var ids = (await candidates.Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { m.Id, m.OwnerPositionTypeId, m.OwnerBodyId, p.OrganisationId }).ToListAsync())
            .Where(m => m.OwnerBodyId is { } b && bodies.Contains(b) || m.OwnerPositionTypeId is { } t && pairs.Contains((t, m.OrganisationId)))
            .Select(m => m.Id).ToList();
        return db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id));
    }

    /// <summary>A task with a deadline the person owns: a decision's follow-up or a campaign plan's task; <see cref="Uid"/> keeps their ids apart.</summary>
    /// <param name="Changed">Its last change as the audit log has it (a measure or a task has no change time of its own): the entry's LAST-MODIFIED.</param>
    private sealed record OwnTask(Guid Id, string Uid, string Title, string What, string Path, LocalDate DueOn, long Version, Instant? Changed);

    /// <summary>
    /// Open follow-up tasks of decisions and open campaign tasks owned by the person by name, by an office they hold where it is held,
    /// or by a body they sit on.
    /// </summary>
    private async Task<IReadOnlyList<OwnTask>> OwnTasksAsync(Guid? person, IReadOnlyList<Held> held)
    {
        var bodies = held.Where(p => p.BodyId != null).Select(p => p.BodyId!.Value).Distinct().ToList();
        var types = held.Select(p => (Guid?)p.PositionTypeId).Distinct().ToList();
        var pairs = held.Select(p => (p.PositionTypeId, p.OrganisationId ?? p.BodyId)).ToHashSet();
        var open = new[] { MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed };
        var tasks = await db.FollowUpTasks.AsNoTracking()
            .Where(t => open.Contains(t.Status) && (t.PersonId == person || t.OwnerBodyId != null && bodies.Contains(t.OwnerBodyId.Value) || types.Contains(t.PositionTypeId)))
            .OrderBy(t => t.Id).Take(500)
            .Select(t => new { t.Id, t.DecisionId, t.Title, t.DueOn, t.Version, t.PersonId, t.PositionTypeId, t.HeldInId,
                Decision = db.Decisions.Where(d => d.Id == t.DecisionId).Select(d => d.Title).First(), Changed = db.AuditEntries.Where(a => a.EntityId == t.Id).Max(a => (Instant?)a.At) })
            .ToListAsync();
        var campaign = await db.CampaignTasks.AsNoTracking()
            .Where(t => open.Contains(t.Status) && (t.PersonId == person || t.OwnerBodyId != null && bodies.Contains(t.OwnerBodyId.Value) || types.Contains(t.PositionTypeId)))
            .OrderBy(t => t.Id).Take(500)
            .Select(t => new { t.Id, t.ElectionId, t.OrganisationId, t.Title, t.DueOn, t.Version, t.PositionTypeId, t.HeldInId,
                Election = db.Elections.Where(e => e.Id == t.ElectionId).Select(e => e.Name).First(), Changed = db.AuditEntries.Where(a => a.EntityId == t.Id).Max(a => (Instant?)a.At) })
            .ToListAsync();
        // An office owns the task only where it is held; a handful of rows, so the pairing is checked here.
        return [.. tasks.Where(t => t.PositionTypeId is not { } type || pairs.Contains((type, t.HeldInId)))
                .Select(t => new OwnTask(t.Id, "oppfolging", t.Title, $"Oppfølging av vedtaket «{t.Decision}»", $"/vedtak/{t.DecisionId}", t.DueOn, t.Version, t.Changed)),
            .. campaign.Where(t => t.PositionTypeId is not { } type || pairs.Contains((type, t.HeldInId)))
                .Select(t => new OwnTask(t.Id, "valgkamp", t.Title, $"Valgkampplanen for {t.Election}", $"/valg/valgkamp?valg={t.ElectionId}&org={t.OrganisationId}", t.DueOn, t.Version, t.Changed))];
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
