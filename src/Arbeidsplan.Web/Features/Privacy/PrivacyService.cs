using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Privacy;

public sealed record PersonalDataSection(string Section, IReadOnlyList<PersonalRecord> Records);

public sealed record PersonalDataExport(Guid PersonId, string Name, Instant MadeAt, IReadOnlyList<PersonalDataSection> Sections);

public sealed record ErasureReport(Guid PersonId, Instant ErasedAt, IReadOnlyList<ErasurePart> Parts)
{
    public IReadOnlyList<string> NotChanged => Parts.SelectMany(p => p.NotChanged).ToList();
}

/// <summary>
/// A person's data (GDPR): the export gathers what every part of the app keeps about them, for the person themselves and for
/// administrators; erasure, for administrators, anonymises the person and lets every part remove or pseudonymise its own, all in
/// one transaction, and reports what it found in free text or in the archive but did not change.
/// </summary>
public sealed class PrivacyService(AppDbContext db, IEnumerable<IPersonalData> parts, Guard guard, ActorContext actor, AuditLog audit, IClock clock)
{
    public async Task<Outcome<PersonalDataExport>> ExportAsync(Guid personId, CancellationToken ct = default)
    {
        if (actor.PersonId != personId && !await guard.IsAdministrator() || await SubjectAsync(personId, ct) is not { } subject)
        {
            return Outcome<PersonalDataExport>.NotFound();
        }
        var sections = new List<PersonalDataSection>();
        foreach (var part in parts.OrderBy(p => p.Order))
        {
            sections.Add(new PersonalDataSection(part.Section, await part.ExportAsync(subject, ct)));
        }
        return new PersonalDataExport(personId, subject.Name, clock.GetCurrentInstant(), sections);
    }

    /// <summary>The name an administrator confirms an erasure with; null when there is no such person or the user may not erase.</summary>
    public async Task<string?> NameToConfirmAsync(Guid personId, CancellationToken ct = default) =>
        await guard.IsAdministrator() && await SubjectAsync(personId, ct) is { } subject ? subject.Name : null;

    /// <summary>Erases the person once the administrator has typed their name as the register has it.</summary>
    public async Task<Outcome<ErasureReport>> EraseAsync(Guid personId, string? confirmName, CancellationToken ct = default)
    {
        if (!await guard.IsAdministrator() || await SubjectAsync(personId, ct) is not { } subject)
        {
            return Outcome<ErasureReport>.NotFound();
        }
        if (!string.Equals(confirmName?.Trim(), subject.Name, StringComparison.Ordinal))
        {
            return Outcome<ErasureReport>.Invalid("ConfirmName", "Skriv personens navn slik det står i registeret, for å bekrefte slettingen.");
        }
        if (actor.PersonId == personId)
        {
            return Outcome<ErasureReport>.Invalid("PersonId", "Du kan ikke slette deg selv. Be en annen administrator om det.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var done = new List<ErasurePart>();
        // The audit log is struck last, after the other parts have saved, so the erasure's own entries lose the name too.
        foreach (var part in parts.OrderBy(p => p.ErasedLast))
        {
            if (part.ErasedLast)
            {
                await db.SaveChangesAsync(ct);
            }
            done.Add(await part.EraseAsync(subject, ct));
        }
        audit.Bulk("PersonErased", personId, "Erased", done.ToDictionary(p => p.Section, p => (string?)p.Changed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ErasureReport(personId, clock.GetCurrentInstant(), done);
    }

    private async Task<DataSubject?> SubjectAsync(Guid personId, CancellationToken ct) =>
        await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new DataSubject(p.Id, p.Name, p.Email, p.Phone,
                db.Users.Where(u => u.PersonId == p.Id).Select(u => u.Id).FirstOrDefault(),
                db.Users.Where(u => u.PersonId == p.Id).Select(u => u.Email).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
}
