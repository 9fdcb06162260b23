using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Import;

public sealed class DatePlanImportInput
{
    /// <summary>Whose date plan the rows go into.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The year of the first month (a heading "Datoplan … 2026" in the text wins).</summary>
    public int Year { get; set; }

    /// <summary>The table as text: pasted, or read from a Word or Excel file.</summary>
    public string? Text { get; set; }

    /// <summary>An iCalendar file's text instead of a table.</summary>
    public string? Ics { get; set; }

    /// <summary>False shows what was read; true saves every row, or nothing if a row cannot be read.</summary>
    public bool Apply { get; set; }
}

public enum ImportRowStatus
{
    New = 0,
    Uncertain = 1,
    Skipped = 2,
    Error = 3,
}

public sealed record DatePlanImportRow(int Line, ImportRowStatus Status, string DateCell, string Title, string WhenText, string? Place,
    string OrganiserName, string KindName, string? Note);

public sealed record DatePlanImportResult(bool Saved, int Year, int Events, int Uncertain, int Skipped, int Errors, IReadOnlyList<DatePlanImportRow> Rows);

/// <summary>Imports a date plan table (Word, Excel, pasted text) or an .ics file: a preview with uncertain rows marked, then all rows saved or none.</summary>
public sealed class DatePlanImport(AppDbContext db, CalendarFamily family, IClock clock, Guard guard, CurrentAccess access)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<Outcome<DatePlanImportResult>> RunAsync(DatePlanImportInput input, CancellationToken ct = default) =>
        ImportLimits.TooLong<DatePlanImportResult>(input.Text, ImportLimits.DatePlanCharacters, nameof(input.Text))
        ?? ImportLimits.TooLong<DatePlanImportResult>(input.Ics, ImportLimits.DatePlanCharacters, nameof(input.Ics))
        ?? (await guard.CoversOrganisation(input.OrganisationId)
            ? await ImportAsync(input, ct)
            : Outcome<DatePlanImportResult>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til."));

    private Task<Outcome<DatePlanImportResult>> ImportAsync(DatePlanImportInput input, CancellationToken ct) => Outcome.Try(async () =>
    {
        if (string.IsNullOrWhiteSpace(input.Text) && string.IsNullOrWhiteSpace(input.Ics))
        {
            return Outcome<DatePlanImportResult>.Invalid(nameof(input.Text), "Lim inn datoplanen eller velg en fil.");
        }
        if (input.Year is < 2000 or > 2100 && string.IsNullOrWhiteSpace(input.Ics))
        {
            return Outcome<DatePlanImportResult>.Invalid(nameof(input.Year), "Oppgi året datoplanen gjelder (for eksempel 2026).");
        }
        var planned = string.IsNullOrWhiteSpace(input.Ics) ? await FromTableAsync(input) : FromIcs(input);
        if (!planned.IsOk)
        {
            return Outcome<DatePlanImportResult>.Invalid(planned.Errors.Keys.First(), planned.Message!);
        }
        var (rows, events) = planned.Value;
        var errors = rows.Count(r => r.Status == ImportRowStatus.Error);
        var result = new DatePlanImportResult(false, input.Year, events.Count, rows.Count(r => r.Status == ImportRowStatus.Uncertain),
            rows.Count(r => r.Status == ImportRowStatus.Skipped), errors, rows);
        if (!input.Apply || errors > 0)
        {
            return result;
        }
        var now = clock.GetCurrentInstant();
        foreach (var e in events)
        {
            e.UpdatedAt = now;
            e.IsDemo = access.IsDemo;
        }
        ct.ThrowIfCancellationRequested();
        db.Events.AddRange(events);
        await db.SaveChangesAsync(ct);
        return result with { Saved = true };
    });

    private async Task<Outcome<(List<DatePlanImportRow>, List<Event>)>> FromTableAsync(DatePlanImportInput input)
    {
        if (await TableContextAsync(input) is not { } context)
        {
            return Outcome<(List<DatePlanImportRow>, List<Event>)>.Invalid(nameof(input.OrganisationId), "Fant ikke organisasjonen.");
        }
        var read = DatePlanTable.Read(input.Text!, input.Year);
        if (read.Count == 0)
        {
            return Outcome<(List<DatePlanImportRow>, List<Event>)>.Invalid(nameof(input.Text), "Fant ingen rader med måned og dato. Første rad i tabellen bør være en måned, for eksempel «Januar».");
        }
        var rows = new List<DatePlanImportRow>();
        var events = new List<Event>();
        foreach (var row in read)
        {
            if (row.Kind != DatePlanRowKind.Event)
            {
                rows.Add(new DatePlanImportRow(row.Line, row.Kind == DatePlanRowKind.Error ? ImportRowStatus.Error : ImportRowStatus.Skipped, row.DateCell, row.Text, "",
                    null, "", "", row.Problem));
                continue;
            }
            var (report, made) = TableEvent(row, context, input.OrganisationId);
            rows.Add(report);
            if (made is not null)
            {
                events.Add(made);
            }
        }
        return (rows, events);
    }

    /// <summary>What the table's rows are read against: the calendar family, event kinds, statutory windows, boards and the events already there.</summary>
    private sealed record TableContext(
        IReadOnlyList<OrganiserCandidate> Candidates, Dictionary<Guid, string> Names, Dictionary<string, (Guid Id, string Name)> Kinds,
        List<StatutoryWindow> Windows, Dictionary<Guid, Guid> Boards, ILookup<LocalDate, KnownEvent> Existing, AccessScope Scope);

    private sealed record KnownEvent(LocalDate StartDate, string Title, Guid KindId);

    private async Task<TableContext?> TableContextAsync(DatePlanImportInput input)
    {
        var members = await family.OfAsync(input.OrganisationId, false);
        if (members.Count == 0)
        {
            return null;
        }
        var kinds = await db.EventKinds.AsNoTracking().ToDictionaryAsync(k => k.Key, k => (k.Id, k.Name));
        var ids = members.Select(m => m.Id).ToList();
        var windows = await db.StatutoryWindows.AsNoTracking().Where(w => ids.Contains(w.OrganisationId)).ToListAsync();
        var boards = (await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.OrganisationId) && b.Kind == Domain.Register.BodyKind.Board)
            .Select(b => new { b.Id, b.OrganisationId }).ToListAsync()).GroupBy(b => b.OrganisationId).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id);
        var (first, last) = (new LocalDate(input.Year - 1, 1, 1), new LocalDate(input.Year + 2, 12, 31));
        var existing = (await db.Events.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.StartDate >= first && e.StartDate <= last)
            .Select(e => new KnownEvent(e.StartDate, e.Title, e.KindId)).ToListAsync()).ToLookup(e => e.StartDate);
        return new TableContext(CalendarFamily.Candidates(members), members.ToDictionary(m => m.Id, m => m.DisplayName), kinds, windows, boards, existing,
            await access.ScopeAsync());
    }

    /// <summary>One dated row of the table: skipped when a statutory window or an existing event covers it, else the event it makes.</summary>
    private static (DatePlanImportRow Report, Event? Made) TableEvent(DatePlanRow row, TableContext c, Guid organisationId)
    {
        // A table with a place column gives the place; otherwise it is read from the end of the activity's text.
        var (title, place) = row.Place is null ? ActivityText.Place(row.Text) : (row.Text, row.Place);
        var kindKey = EventKind.Guess(row.Text);
        var (kindId, kindName) = c.Kinds[kindKey];
        var named = ActivityText.Organiser(row.Organiser ?? row.Text, c.Candidates, organisationId);
        var organiser = named?.Id ?? organisationId;
        var description = row.Description;
        if (place is { Length: > 200 })
        {
            // A place column holding a paragraph: the event keeps a short place and the whole text in its description.
            description = $"Sted: {place}. {description}".Trim();
            place = place[..199] + "…";
        }
        string? unknownOrganiser = null;
        if (row.Organiser is not null && named is null)
        {
            // An organiser column naming someone outside the register (a municipality, the youth wing's national office) is kept as text.
            unknownOrganiser = $"Arrangøren «{row.Organiser}» finnes ikke i registeret; den står i beskrivelsen.";
            description = $"Arrangør: {row.Organiser}. {description}".Trim();
        }
        var when = row.When!;
        var covered = when.IsWholeMonth ? c.Windows.FirstOrDefault(w => w.KindId == kindId && w.Span.In(row.Year).Contains(when.StartDate)) : null;
        if (covered is not null)
        {
            return (new DatePlanImportRow(row.Line, ImportRowStatus.Skipped, row.DateCell, title, when.Long, place, c.Names[covered.OrganisationId], kindName,
                $"Dekkes av regelen «{covered.Title}», som viser vinduet i kalenderen."), null);
        }
        var twin = c.Existing[when.StartDate].FirstOrDefault(e => Same(e.Title, title) || e.KindId == kindId && kindKey == EventKind.Election);
        if (twin is not null)
        {
            return (new DatePlanImportRow(row.Line, ImportRowStatus.Skipped, row.DateCell, title, when.Long, place, c.Names[organiser], kindName,
                $"Finnes allerede i kalenderen («{twin.Title}»)."), null);
        }
        var note = when.IsWholeMonth ? "Ingen dato: lagt inn for hele måneden. Sett datoen når den er kjent." : null;
        note = unknownOrganiser is null ? note : $"{note} {unknownOrganiser}".TrimStart();
        if (!c.Scope.CoversOrganisation(organiser))
        {
            // Nobody names a host they are not responsible for: the row is kept, with the importing organisation as organiser.
            note = $"{note} «{c.Names[organiser]}» er utenfor det du har ansvar for, så {c.Names[organisationId]} står som arrangør.".TrimStart();
            organiser = organisationId;
        }
        var body = kindKey == EventKind.BoardMeeting && c.Boards.TryGetValue(organiser, out var board) ? board : (Guid?)null;
        return (new DatePlanImportRow(row.Line, note is null ? ImportRowStatus.New : ImportRowStatus.Uncertain, row.DateCell, title, when.Long, place,
                c.Names[organiser], kindName, note),
            new Event(organisationId, new EventDetails(kindId, title, body, place, Description: description, HostId: organiser), when) { SourceText = Limit(row.Source) });
    }

    private static Outcome<(List<DatePlanImportRow>, List<Event>)> FromIcs(DatePlanImportInput input)
    {
        var read = IcsReader.Read(input.Ics!);
        if (!read.IsOk)
        {
            return Outcome<(List<DatePlanImportRow>, List<Event>)>.Invalid(nameof(input.Ics), read.Message!);
        }
        var other = EventKind.IdOf(EventKind.Other);
        var rows = new List<DatePlanImportRow>();
        var events = new List<Event>();
        foreach (var item in read.Value!)
        {
            if (item.Problem is not null)
            {
                rows.Add(new DatePlanImportRow(item.Number, ImportRowStatus.Error, "", item.Title, "", null, "", "", item.Problem));
                continue;
            }
            var kindKey = EventKind.Guess(item.Title);
            var kindId = EventKind.BuiltIn.Single(k => k.Key == kindKey).Id;
            try
            {
                // Private or confidential events in the file are kept for members only, never in the public feeds.
                var visibility = item.IsPrivate ? EventVisibility.Members : EventVisibility.Public;
                var e = new Event(input.OrganisationId, new EventDetails(kindId, item.Title, Place: item.Place, Description: item.Description, Visibility: visibility),
                    item.When!, item.Repeat)
                {
                    ExternalUid = Limit(item.Uid), SourceText = null,
                };
                foreach (var cancelled in item.Cancelled)
                {
                    e.ChangeOccurrence(cancelled, null);
                }
                foreach (var (original, movedTo) in item.Moved)
                {
                    e.ChangeOccurrence(original, movedTo);
                }
                events.Add(e);
                rows.Add(new DatePlanImportRow(item.Number, item.Doubt is null ? ImportRowStatus.New : ImportRowStatus.Uncertain, "", item.Title, item.When!.Long
                    + (item.Repeat is { } r ? " · " + r.Describe(item.When.StartDate) : ""), item.Place, "", EventKind.BuiltIn.Single(k => k.Id == (kindId == default ? other : kindId)).Name, item.Doubt));
            }
            catch (RuleViolation violation)
            {
                rows.Add(new DatePlanImportRow(item.Number, ImportRowStatus.Error, "", item.Title, "", null, "", "", violation.Message));
            }
        }
        return (rows, events);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static string? Limit(string? text) => text is null ? null : text.Length <= 300 ? text : text[..300];

    /// <summary>The text of an uploaded file: a Word table, an Excel sheet, plain text or an .ics calendar; anything else is refused with why.</summary>
    public static Outcome<(string? Text, string? Ics)> ReadFile(string fileName, Stream content) => UploadReading.Read(fileName, () =>
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        return extension switch
        {
            ".docx" => Outcome<(string?, string?)>.Ok((DocxText.Read(content), null)),
            ".xlsx" => Outcome<(string?, string?)>.Ok((XlsxText.Read(content), null)),
            ".ics" => Outcome<(string?, string?)>.Ok((null, reader.ReadToEnd())),
            ".txt" or ".md" or ".csv" or ".tsv" => Outcome<(string?, string?)>.Ok((reader.ReadToEnd(), null)),
            _ => Outcome<(string?, string?)>.Invalid("File", "Velg en Word-fil (.docx), en Excel-fil (.xlsx), en kalenderfil (.ics) eller en tekstfil."),
        };
    });
}
