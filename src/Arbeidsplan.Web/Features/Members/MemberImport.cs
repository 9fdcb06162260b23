using System.Globalization;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Members;

public sealed class MemberImportInput
{
    /// <summary>The organisation whose branches the export covers (the county).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The date the export was taken; 31 December makes it the year-end figures.</summary>
    public DateOnly? TakenOn { get; set; }

    /// <summary>The export as text (CSV); an uploaded .xlsx is read into this.</summary>
    public string? Text { get; set; }

    public string? FileName { get; set; }

    /// <summary>Field → the register's column name; empty means the organisation's saved mapping, or a guess from the headers.</summary>
    public Dictionary<MemberField, string>? Columns { get; set; }

    /// <summary>False shows the report; true saves the snapshot, all or nothing.</summary>
    public bool Apply { get; set; }
}

public sealed record BranchCountRow(Guid BranchId, string Branch, int Paying, int Unpaid, int New, int Lapsed);

/// <param name="LapsedNote">Which export the members who left were counted against, or why they could not be counted.</param>
public sealed record MemberImportResult(bool Saved, Guid? SnapshotId, DateOnly TakenOn, int Members, IReadOnlyList<string> Headers,
    IReadOnlyDictionary<MemberField, string> Columns, IReadOnlyList<MemberField> MissingColumns, IReadOnlyList<MemberProblem> Problems,
    IReadOnlyList<BranchCountRow> Counts, string? LapsedNote = null, string? SameContentNote = null);

/// <summary>Imports the central register's export as a dated snapshot: a report first, then every row saved or none.</summary>
public sealed class MemberImport(AppDbContext db, OrganisationDirectory directory, IClock clock, Guard guard, CurrentAccess access, AuditLog audit, MemberNames memberNames)
{
    public const long MaxFileBytes = 50 * 1024 * 1024;

    public async Task<Outcome<MemberImportResult>> RunAsync(MemberImportInput input, CancellationToken ct = default) =>
        ImportLimits.TooLong<MemberImportResult>(input.Text, ImportLimits.RegisterCharacters, nameof(input.Text))
        ?? (string.IsNullOrWhiteSpace(input.Text)
            ? Outcome<MemberImportResult>.Invalid(nameof(input.Text), "Filen er tom. Velg eksporten fra medlemsregisteret.")
            : await RunAsync(input, SheetSource.OfText(input.Text), ct));

    /// <summary>The import of an export read as it comes (an uploaded file), instead of <see cref="MemberImportInput.Text"/>.</summary>
    public async Task<Outcome<MemberImportResult>> RunAsync(MemberImportInput input, SheetSource sheet, CancellationToken ct = default) =>
        await guard.CoversOrganisation(input.OrganisationId)
            ? await ImportAsync(input, sheet, ct)
            : Outcome<MemberImportResult>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");

    private Task<Outcome<MemberImportResult>> ImportAsync(MemberImportInput input, SheetSource sheet, CancellationToken ct) => Outcome.Try(async () =>
    {
        var takenOn = input.TakenOn is { } d ? LocalDate.FromDateOnly(d) : clock.Today();
        if (takenOn > clock.Today())
        {
            return Outcome<MemberImportResult>.Invalid(nameof(input.TakenOn), "Datoen for uttrekket kan ikke være etter i dag.");
        }
        var hash = sheet.Hash;
        var (replaces, sameAs) = await EarlierImportsAsync(input.OrganisationId, hash, takenOn, ct);
        var branches = await directory.BelowAsync(input.OrganisationId, OrganisationKind.Local);
        var names = await BranchNamesAsync(branches);
        var saved = await db.MemberColumnMappings.SingleOrDefaultAsync(m => m.OrganisationId == input.OrganisationId);
        var mapping = input.Columns is { Count: > 0 } columns ? new ColumnMapping(columns) : saved?.ToMapping();
        var keepNames = await memberNames.KeptAsync(input.OrganisationId, ct);
        MemberExport export;
        using (var text = sheet.Open())
        {
            export = MemberExport.Read(text, mapping, names, withContact: keepNames, ct);
        }
        if (export.Headers.Count == 0)
        {
            return Outcome<MemberImportResult>.Invalid(nameof(input.Text), "Filen er tom. Velg eksporten fra medlemsregisteret.");
        }
        var headers = export.Headers;
        var used = mapping ?? ColumnMapping.Guess(headers);
        var counts = MemberCounts.At(export.Members, takenOn);
        var (lapsed, lapsedNote) = await LapsedAsync(input.OrganisationId, takenOn, export);
        var branchNames = branches.ToDictionary(b => b.Id, b => b.DisplayName);
        var rows = counts.Select(c => new BranchCountRow(c.BranchId, branchNames[c.BranchId], c.Paying, c.Unpaid, c.New, lapsed.GetValueOrDefault(c.BranchId)))
            .OrderBy(r => r.Branch).ToList();
        var result = new MemberImportResult(false, null, takenOn.ToDateOnly(), export.Count, headers, used.Columns, export.MissingColumns, export.Problems, rows, lapsedNote,
            sameAs);
        // What is saved is made, and so checked, for the preview too: what the preview accepts, saving accepts.
        var snapshot = new MemberSnapshot(input.OrganisationId, takenOn, SnapshotSource.Import, access.ActorName, clock.GetCurrentInstant(), FileNameOf(input.FileName))
        {
            Members = export.Count, IsDemo = access.IsDemo, ContentHash = hash,
        };
        var mappingRow = new MemberColumnMapping(input.OrganisationId, used);
        if (!input.Apply || !export.CanBeSaved)
        {
            return result;
        }
        await SaveAsync(new ImportToSave(snapshot, saved, used, mappingRow, counts, lapsed, export, keepNames, replaces), ct);
        return result with { Saved = true, SnapshotId = snapshot.Id };
    });

    /// <summary>
    /// Deletes an export imported by mistake, with its counts and members. When it was the newest, the names kept for the follow-up
    /// lists go too: they came with it.
    /// </summary>
    public Task<Outcome<bool>> DeleteSnapshotAsync(Guid id) => Outcome.Try(async () =>
    {
        var snapshot = await db.MemberSnapshots.SingleOrDefaultAsync(s => s.Id == id);
        if (snapshot is null || !await guard.CoversOrganisation(snapshot.OrganisationId))
        {
            return Outcome<bool>.NotFound();
        }
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        var newest = await db.MemberSnapshots.Where(s => s.OrganisationId == snapshot.OrganisationId && s.Source == SnapshotSource.Import)
            .NewestFirst().Select(s => s.Id).FirstOrDefaultAsync();
        if (newest == snapshot.Id && await db.MemberContacts.Where(c => c.OrganisationId == snapshot.OrganisationId).ExecuteDeleteAsync() is var removed and > 0)
        {
            audit.Bulk(nameof(MemberContact), snapshot.OrganisationId, "Deleted", new Dictionary<string, string?> { ["Antall"] = removed.ToString(CultureInfo.InvariantCulture) });
        }
        db.MemberSnapshots.Remove(snapshot);
        await db.SaveChangesAsync();
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
        return true;
    });

    // The file's name is a label for people; a very long one is shortened, never a reason to refuse the import.
    private static string? FileNameOf(string? name) => name is { Length: > 200 } ? name[..200] : name;

    /// <summary>Year-end figures typed in per branch where no export exists.</summary>
    public Task<Outcome<Guid>> YearEndByHandAsync(YearEndInput input) => Outcome.Try(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (input.Year is < 1990 or > 2100)
        {
            return Outcome<Guid>.Invalid(nameof(input.Year), "Oppgi året tallene gjelder (for eksempel 2025).");
        }
        var branches = (await directory.BelowAsync(input.OrganisationId, OrganisationKind.Local)).Select(b => b.Id).ToHashSet();
        if (input.Figures.FirstOrDefault(f => !branches.Contains(f.BranchId)) is { } stranger)
        {
            return Outcome<Guid>.Invalid(nameof(input.Figures), $"Lokallaget {stranger.BranchId} hører ikke til organisasjonen.");
        }
        if (input.Figures.Any(f => f.Paying is < 0 or > 1_000_000 || f.New is < 0))
        {
            return Outcome<Guid>.Invalid(nameof(input.Figures), "Antall medlemmer kan ikke være negativt.");
        }
        var snapshot = new MemberSnapshot(input.OrganisationId, new LocalDate(input.Year, 12, 31), SnapshotSource.Manual, access.ActorName, clock.GetCurrentInstant())
        {
            Members = input.Figures.Sum(f => f.Paying),
        };
        db.MemberSnapshots.Add(snapshot);
        db.BranchCounts.AddRange(input.Figures.Select(f => new BranchCount(snapshot.Id, new MemberCounts(f.BranchId, f.Paying, 0, f.New ?? 0, 0, 0, 0, 0), 0)));
        await db.SaveChangesAsync();
        return snapshot.Id;
    });

    /// <summary>
    /// The same file for the same date replaces the earlier import instead of making a second one (a re-import after keeping names,
    /// or by mistake); the same content at another date may be a quiet month, and is only pointed out.
    /// </summary>
    private async Task<(Guid? Replaces, string? Note)> EarlierImportsAsync(Guid organisationId, string hash, LocalDate takenOn, CancellationToken ct)
    {
        var twins = await db.MemberSnapshots.Where(s => s.OrganisationId == organisationId && s.ContentHash == hash)
            .Select(s => new { s.Id, s.TakenOn, s.CreatedAt }).ToListAsync(ct);
        var replaces = twins.FirstOrDefault(t => t.TakenOn == takenOn);
        var note = (replaces, twins.Count) switch
        {
            ({ } twin, _) => $"Denne filen er importert før for samme dato ({NorwegianTime.Format(twin.CreatedAt)}). Lagres den, erstatter den den forrige importen.",
            (_, > 0) => $"Innholdet er det samme som i uttrekket per {twins[0].TakenOn.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}. Sjekk at du har valgt riktig fil.",
            _ => null,
        };
        return (replaces?.Id, note);
    }

    /// <summary>What an import saves, made and checked by the preview first.</summary>
    private sealed record ImportToSave(
        MemberSnapshot Snapshot, MemberColumnMapping? Saved, ColumnMapping Used, MemberColumnMapping Mapping, IReadOnlyList<MemberCounts> Counts, Dictionary<Guid, int> Lapsed,
        MemberExport Export, bool KeepNames, Guid? Replaces);

    private async Task SaveAsync(ImportToSave save, CancellationToken ct)
    {
        // Snapshot, counts, rolls and contacts in one transaction: all or nothing.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (save.Replaces is { } replaceId)
        {
            db.MemberSnapshots.Remove(await db.MemberSnapshots.SingleAsync(s => s.Id == replaceId, ct));
            await db.SaveChangesAsync(ct);
        }
        db.MemberSnapshots.Add(save.Snapshot);
        if (save.Saved is null)
        {
            db.MemberColumnMappings.Add(save.Mapping);
        }
        else
        {
            save.Saved.Set(save.Used);
        }
        await db.SaveChangesAsync(ct);
        // Branches with members who all left still get a row, so their drop to zero shows.
        await db.InsertAsync(save.Counts.Select(c => new BranchCount(save.Snapshot.Id, c, save.Lapsed.GetValueOrDefault(c.BranchId)))
            .Concat(save.Lapsed.Keys.Except(save.Counts.Select(c => c.BranchId)).Select(b => new BranchCount(save.Snapshot.Id, new MemberCounts(b, 0, 0, 0, 0, 0, 0, 0), save.Lapsed[b]))));
        if (await KeepRollsAsync(save.Snapshot, save.Export))
        {
            // The follow-up lists read the newest export, so its names replace the old ones; a back-dated export leaves them be.
            var removed = await db.MemberContacts.Where(c => c.OrganisationId == save.Snapshot.OrganisationId).ExecuteDeleteAsync(ct);
            var contacts = save.KeepNames ? save.Export.Contacts.Select(m => new MemberContact(save.Snapshot.OrganisationId, m)).ToList() : [];
            await db.InsertAsync(contacts);
            if (removed + contacts.Count > 0)
            {
                audit.Bulk(nameof(MemberContact), save.Snapshot.OrganisationId, "Replaced", new Dictionary<string, string?>
                {
                    ["Fjernet"] = removed.ToString(CultureInfo.InvariantCulture), ["Lagt inn"] = contacts.Count.ToString(CultureInfo.InvariantCulture),
                });
            }
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            // Once everything is written, the commit is not cancelled halfway.
            await transaction.CommitAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Adds the new import's members as one roll per branch, and deletes the rolls of imports nobody reads any more: party membership is
    /// special-category data, so only the newest import and the one its lapsed count compares with keep their members.
    /// </summary>
    /// <returns>Whether the new import is now the newest, the one the follow-up lists read.</returns>
    private async Task<bool> KeepRollsAsync(MemberSnapshot snapshot, MemberExport export)
    {
        var newestFirst = await db.MemberSnapshots.Where(s => s.OrganisationId == snapshot.OrganisationId && s.Source == SnapshotSource.Import)
            .NewestFirst().Select(s => new { s.Id, s.TakenOn }).ToListAsync();
        var kept = BranchRoll.KeptFor([.. newestFirst.Select(s => (s.Id, s.TakenOn)).Reverse()]);
        var dropped = newestFirst.Select(s => s.Id).Where(id => !kept.Contains(id)).ToList();
        if (dropped.Count > 0)
        {
            var deleted = await db.BranchRolls.Where(r => dropped.Contains(r.SnapshotId)).ExecuteDeleteAsync();
            // Older exports keep their counts, not their members: special-category data is kept no longer than it is used.
            audit.Bulk(nameof(BranchRoll), snapshot.OrganisationId, "Deleted", new Dictionary<string, string?>
            {
                ["Uttrekk"] = string.Join(",", dropped), ["Lokallagslister"] = deleted.ToString(CultureInfo.InvariantCulture),
            });
        }
        if (kept.Contains(snapshot.Id))
        {
            await db.InsertAsync(BranchRoll.Of(snapshot.Id, export.Rolls));
            audit.Bulk(nameof(BranchRoll), snapshot.Id, "Added", new Dictionary<string, string?>
            {
                ["Medlemmer"] = export.Count.ToString(CultureInfo.InvariantCulture), ["Lokallag"] = export.Rolls.Count.ToString(CultureInfo.InvariantCulture),
            });
        }
        return newestFirst[0].Id == snapshot.Id;
    }

    /// <summary>
    /// Per branch, the members of the newest import dated before this one who are not in this one; with a note saying which export that was,
    /// or that its members are no longer kept (a back-dated export), in which case none are counted.
    /// </summary>
    private async Task<(Dictionary<Guid, int> Lapsed, string? Note)> LapsedAsync(Guid organisationId, LocalDate takenOn, MemberExport export)
    {
        var previous = await db.MemberSnapshots.Where(s => s.OrganisationId == organisationId && s.Source == SnapshotSource.Import && s.TakenOn < takenOn)
            .NewestFirst().Select(s => new { s.Id, s.TakenOn }).FirstOrDefaultAsync();
        if (previous is null)
        {
            return ([], null);
        }
        var rolls = await db.MemberNumbersAsync(previous.Id);
        var on = previous.TakenOn.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        return rolls.Count == 0
            ? ([], $"Utmeldte er ikke talt: medlemmene i uttrekket per {on} er ikke lenger lagret (bare de to nyeste uttrekkene beholder dem).")
            : (rolls.Select(r => (r.BranchId, Lapsed: r.Numbers.Count(n => !export.Lists(n)))).Where(r => r.Lapsed > 0).ToDictionary(r => r.BranchId, r => r.Lapsed),
                $"Utmeldte er talt mot uttrekket per {on}.");
    }

    /// <summary>The names a register may use for a branch: its name, short name, name without the party, and its municipality's number.</summary>
    private async Task<Dictionary<string, Guid>> BranchNamesAsync(IReadOnlyList<OrganisationSummary> branches)
    {
        var ids = branches.Select(b => b.Id).ToList();
        var numbers = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.MunicipalityId != null)
            .Join(db.Municipalities, o => o.MunicipalityId, m => m.Id, (o, m) => new { o.Id, m.Number }).ToListAsync();
        var names = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var b in branches)
        {
            names.TryAdd(b.Name, b.Id);
            if (b.ShortName is { } shortName)
            {
                names.TryAdd(shortName, b.Id);
            }
            var plain = b.Name.Split(' ')[0];
            names.TryAdd(plain, b.Id);
        }
        foreach (var n in numbers)
        {
            names.TryAdd(n.Number.ToString(), n.Id);
        }
        return names;
    }
}

public sealed class YearEndInput
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public List<YearEndFigure> Figures { get; set; } = [];
}

public sealed class YearEndFigure
{
    public Guid BranchId { get; set; }
    public int Paying { get; set; }
    public int? New { get; set; }
}
