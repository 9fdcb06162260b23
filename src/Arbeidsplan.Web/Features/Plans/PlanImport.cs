using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Arbeidsplan.Web.Features.Plans;

public sealed class PlanImportInput
{
    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public PlanKind Kind { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }

    /// <summary>The plan as text (pasted, or exported from Word or a PDF).</summary>
    public string? Text { get; set; }

    /// <summary>False shows what was understood; true saves it, all or nothing.</summary>
    public bool Apply { get; set; }

    /// <summary>Column roles chosen for the plan's tables, keyed "table-column" (both counted from 1): "1-1": "Code".</summary>
    public Dictionary<string, ColumnRole>? Columns { get; set; }

    /// <summary>The user has seen the tables' columns and confirms them as they are, though the rows seem to disagree.</summary>
    public bool ColumnsConfirmed { get; set; }

    /// <summary>The text the roles were chosen for (the preview's <c>textKey</c>); another text makes them void, so a new plan is read afresh.</summary>
    public string? ColumnsFor { get; set; }

    /// <summary>What becomes of each owner text that matched nothing: kept as text (the default), or created as a position type or body.</summary>
    public Dictionary<string, OwnerChoice>? Owners { get; set; }
}

/// <summary>One line of the import report: a chapter, goal or measure as understood, with why it is uncertain.</summary>
public sealed record ImportRow(int Number, string Kind, string? Code, string Text, string? Details, string? Doubt);

public sealed record PlanImportResult(bool Saved, Guid? PlanId, string Title, string Period, int Chapters, int Goals, int Measures, int Doubts,
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportedTable> Tables, string TextKey, IReadOnlyList<UnmatchedOwner> Owners);

/// <summary>Imports a plan from a Word file or text: a preview of chapters, goals and measures first, then saved in one go.</summary>
public sealed class PlanImport(AppDbContext db, Guard guard, OwnerResolver owners, PlanImportOwners ownerChoices)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The text of an uploaded file: a Word document (.docx) or plain text; anything else is refused with why.</summary>
    public static Outcome<string> ReadFile(string fileName, Stream content) => UploadReading.Read(fileName, () =>
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".docx")
        {
            return Outcome<string>.Ok(DocxText.Read(content));
        }
        if (extension is ".txt" or ".md" or ".text" or "")
        {
            using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return text.Contains('\0')
                ? Outcome<string>.Invalid("File", "Filen ser ikke ut som tekst. Last opp et Word-dokument (.docx) eller en tekstfil (.txt).")
                : Outcome<string>.Ok(text);
        }
        return Outcome<string>.Invalid("File", $"Filtypen «{extension}» kan ikke importeres. Last opp et Word-dokument (.docx) eller en tekstfil (.txt).");
    });

    public Task<Outcome<PlanImportResult>> RunAsync(PlanImportInput input, CancellationToken ct = default) => Outcome.Try(async () =>
    {
        if (ImportLimits.TooLong<PlanImportResult>(input.Text, ImportLimits.PlanCharacters, nameof(input.Text)) is { } tooLong)
        {
            return tooLong;
        }
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, ct) || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<PlanImportResult>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Outcome<PlanImportResult>.Invalid(nameof(input.Text), "Filen eller teksten er tom. Lim inn planen eller last opp en fil.");
        }
        var textKey = TextKey(input.Text);
        if (input.ColumnsFor is not null && input.ColumnsFor != textKey)
        {
            // Roles or owners chosen, or a confirmation given, for another text (the user pasted a new plan) do not carry over to this one.
            (input.Columns, input.ColumnsConfirmed, input.Owners) = (null, false, null);
        }
        var remembered = await db.PlanColumnMappings.Where(m => m.OrganisationId == input.OrganisationId).ToListAsync(ct);
        var choices = new ColumnChoices(Chosen(input.Columns), remembered.ToDictionary(m => m.HeaderKey, m => m.ToRoles()));
        var imported = PlanDocument.Parse(input.Text, choices, ct);
        if (imported.Chapters.Count < 2 && !imported.Chapters.Any(c => c.Number is not null || c.Measures.Count > 0 || c.Goals.Count > 0))
        {
            return Outcome<PlanImportResult>.Invalid(nameof(input.Text),
                "Fant ingen kapitler, mål eller tiltak i teksten. Planen bør ha overskrifter (for eksempel «2.1 Målsettinger») og tiltak som kulepunkter eller i en tabell.");
        }
        var years = PeriodOf(input, imported);
        if (years.Value is not { } period)
        {
            return years.Failure<PlanImportResult>();
        }
        var kind = period.To.Year > period.From.Year ? PlanKind.Period : input.Kind;
        var title = Text.Optional(input.Title, nameof(input.Title), "Tittel") ?? imported.Title ?? $"Arbeidsplan {period.Label}";
        if (UnsettledColumns(input, imported) is { } unsettled)
        {
            return unsettled;
        }
        var unmatched = await ownerChoices.UnmatchedAsync(imported, input.OrganisationId, input.Owners);
        if (input.Apply && PlanImportOwners.Check<PlanImportResult>(unmatched, input.Owners, nameof(input.Owners)) is { } refused)
        {
            return refused;
        }
        // The owners created go through their own services, which save; one transaction keeps the import all or nothing.
        await using var transaction = input.Apply && unmatched.Any(o => o.Choice != OwnerChoice.Text) ? await db.Database.BeginTransactionAsync(ct) : null;
        if (input.Apply && await ownerChoices.CreateAsync(unmatched, input.OrganisationId, nameof(input.Owners)) is { IsOk: false } notCreated)
        {
            db.ChangeTracker.Clear();
            return notCreated.Failure<PlanImportResult>();
        }
        var (plan, rows) = await AddAsync(db, owners, imported, input.OrganisationId, title, kind, period, input.Apply ? null : unmatched);
        await SaveOrForgetAsync(input, imported.Tables, remembered, transaction, ct);
        return new PlanImportResult(input.Apply, input.Apply ? plan.Id : null, title, period.Label, imported.Chapters.Count, imported.GoalCount,
            imported.MeasureCount, rows.Count(r => r.Doubt is not null), rows, imported.Tables, textKey, unmatched);
    });

    /// <summary>The years the plan covers: as given on the form, else as its title says.</summary>
    private static Outcome<PlanPeriod> PeriodOf(PlanImportInput input, ImportedPlan imported)
    {
        var fromYear = input.FromYear ?? imported.Year;
        if (fromYear is null)
        {
            return Outcome<PlanPeriod>.Invalid(nameof(input.FromYear), "Fant ikke årstallet i planen. Oppgi året planen gjelder for.");
        }
        var toYear = input.ToYear ?? (input.FromYear is null ? imported.ToYear : null) ?? fromYear.Value;
        if (toYear < fromYear)
        {
            return Outcome<PlanPeriod>.Invalid(nameof(input.ToYear), "Til og med år kan ikke være før året planen starter.");
        }
        return PlanPeriod.Years(fromYear.Value, toYear);
    }

    /// <summary>
    /// A table read one column off would be saved with every code as its text: before saving, the user settles the columns of a table
    /// whose rows seem to disagree with them.
    /// </summary>
    private static Outcome<PlanImportResult>? UnsettledColumns(PlanImportInput input, ImportedPlan imported) =>
        input.Apply && !input.ColumnsConfirmed && imported.Tables.FirstOrDefault(t => t.Doubt is not null) is { } unsettled
            ? Outcome<PlanImportResult>.Invalid(nameof(input.Columns),
                $"Sjekk kolonnene i tabell {unsettled.Number} ({unsettled.Chapter}): {unsettled.Doubt} Endre rollene, eller bekreft at de er riktige, og importer igjen.")
            : null;

    /// <summary>Saves the plan with its tables' columns remembered, or forgets what a preview added.</summary>
    private async Task SaveOrForgetAsync(PlanImportInput input, IReadOnlyList<ImportedTable> tables, List<PlanColumnMapping> remembered,
        IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (input.Apply)
        {
            Remember(tables, remembered, input.OrganisationId);
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        else
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A short fingerprint of the plan's text, to know the roles posted with it were chosen for it.</summary>
    private static string TextKey(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>The roles chosen on the form or in the request, per table: "2-3" is the third column of the second table.</summary>
    private static Dictionary<int, IReadOnlyList<ColumnRole>> Chosen(Dictionary<string, ColumnRole>? columns)
    {
        var byTable = new Dictionary<int, SortedDictionary<int, ColumnRole>>();
        foreach (var (key, role) in columns ?? [])
        {
            var parts = key.Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], out var table) && int.TryParse(parts[1], out var column) && table is > 0 and <= 500 && column is > 0 and <= 50)
            {
                (byTable.TryGetValue(table, out var c) ? c : byTable[table] = [])[column] = role;
            }
        }
        return byTable.ToDictionary(t => t.Key, t => (IReadOnlyList<ColumnRole>)Enumerable.Range(1, t.Value.Keys.Max())
            .Select(i => t.Value.GetValueOrDefault(i, ColumnRole.Ignore)).ToList());
    }

    /// <summary>The saved plan's table headers with their roles, so the organisation's next plan of the same shape reads the same way.</summary>
    private void Remember(IReadOnlyList<ImportedTable> tables, List<PlanColumnMapping> remembered, Guid organisationId)
    {
        foreach (var table in tables.Where(t => t.Header.Count > 0 && t.IsMeasureTable && t.HeaderKey.Length <= PlanColumnMapping.MaxHeaderKey
                && string.Join(',', t.Roles).Length <= PlanColumnMapping.MaxRoles)
            .DistinctBy(t => t.HeaderKey))
        {
            if (remembered.FirstOrDefault(m => m.HeaderKey == table.HeaderKey) is { } known)
            {
                known.Set(table.Roles);
            }
            else
            {
                db.PlanColumnMappings.Add(new PlanColumnMapping(organisationId, table.HeaderKey, table.Roles));
            }
        }
    }

    /// <summary>Adds the plan, its chapters, goals and measures to the context (not saved), with the report of what was understood.</summary>
    internal static async Task<(Plan Plan, List<ImportRow> Rows)> AddAsync(AppDbContext db, OwnerResolver owners, ImportedPlan imported, Guid organisationId,
        string title, PlanKind kind, PlanPeriod period, IReadOnlyList<UnmatchedOwner>? toCreate = null)
    {
        var plan = new Plan(organisationId, title, kind, period);
        var calendar = PlanCalendar.FromChapters(imported.Chapters.Select(c => (c.Title, c.Text)), period);
        var rows = new List<ImportRow>();
        var order = 0;
        foreach (var c in imported.Chapters)
        {
            order += 10;
            var chapter = new Chapter(plan.Id, c.Number, Cut(c.Title, 200), c.Text, order);
            db.Chapters.Add(chapter);
            rows.Add(new ImportRow(rows.Count + 1, "Kapittel", c.Number, c.Title, c.Text is null ? null : $"{c.Text.Length} tegn tekst", null));
            var goalOrder = 0;
            foreach (var g in c.Goals)
            {
                db.Goals.Add(new Goal(plan.Id, chapter.Id, Cut(g.Text, 2000), goalOrder += 10, g.Indicator));
                rows.Add(new ImportRow(rows.Count + 1, "Mål", null, g.Text, g.Indicator is { } i ? IndicatorSaid(i) : null, g.Doubt));
            }
            var measureOrder = 0;
            foreach (var m in c.Measures)
            {
                var measure = new Measure(plan.Id, chapter.Id, CutOrNull(m.Code, 20), Cut(m.Text, 2000), measureOrder += 10, CutOrNull(m.Category, 100));
                measure.AssignOwner(await owners.ResolveAsync(m.Owner, organisationId));
                var timing = TimingParser.Parse(m.Timing, period, calendar);
                measure.SetTiming(timing);
                db.Measures.Add(measure);
                var created = toCreate?.FirstOrDefault(o => o.Text == m.Owner?.Trim() && o.Choice != OwnerChoice.Text)?.Choice;
                var doubt = m.Doubt ?? (measure.OwnerText is not null && !measure.Owner.IsKnown && created is null
                    ? $"Fant ingen vervtype eller styre som heter «{measure.OwnerText}». Velg under om teksten skal beholdes." : null) ?? TimingDoubt(m.Timing, timing);
                var owner = m.Owner is null ? null : $"Ansvar: {m.Owner}{created switch { OwnerChoice.PositionType => " (ny vervtype)", OwnerChoice.Body => " (nytt styre eller utvalg)", _ => "" }}";
                var details = string.Join(" · ", new[] { m.Category, owner, m.Timing is null ? null : $"Tid: {timing.Understood}" }
                    .Where(x => !string.IsNullOrEmpty(x)));
                rows.Add(new ImportRow(rows.Count + 1, "Tiltak", m.Code, m.Text, details.Length == 0 ? null : details, doubt));
            }
        }
        db.Plans.Add(plan);
        return (plan, rows);
    }

    /// <summary>"Indikator: Betalende medlemmer, mål 1200 per 31.12.2027 (hentes fra medlemsregisteret)": what the import read of a goal's figures.</summary>
    private static string IndicatorSaid(Indicator i)
    {
        var parts = new List<string> { $"Indikator: {i.Name}" };
        if (i.Baseline is { } b)
        {
            parts.Add($"utgangsverdi {b:0.##}{(i.BaselineOn is { } on ? $" per {on:dd.MM.yyyy}" : "")}");
        }
        if (i.Target is { } t)
        {
            parts.Add($"mål {t:0.##}{(i.TargetOn is { } on ? $" per {on:dd.MM.yyyy}" : "")}");
        }
        var source = i.Source.CountedFrom() is { } from ? $" (hentes fra {from})" : "";
        return string.Join(", ", parts) + source;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A timing that was not read, or read only in part, is said in the preview, not only in the plan check after saving.</summary>
    private static string? TimingDoubt(string? written, Timing timing) => written is null ? null
        : timing.Kind == TimingKind.NotUnderstood ? $"Gjennomføringen «{written}» ble ikke forstått."
        : timing.Unclear is { } rest ? $"Gjennomføringen «{written}» ble lest som {timing.Understood}. {rest}." : null;

    private static string? CutOrNull(string? text, int max) => text is null ? null : Cut(text, max);
}
