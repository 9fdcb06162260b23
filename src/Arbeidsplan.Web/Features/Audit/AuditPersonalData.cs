using System.Security.Cryptography;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Audit;

/// <summary>
/// The audit log's entries by and about the person. At erasure they stay, as the log must, but pseudonymised: the actor becomes
/// «Slettet person» with a random tag (so one person's changes still read as one person's), and the person's name, e-mail and phone
/// are struck from the recorded values. It runs after the other parts have saved, so the erasure's own entries are struck too.
/// </summary>
public sealed class AuditPersonalData(AppDbContext db) : IPersonalData
{
    public const string Struck = "[slettet]";

    public string Section => "Endringsloggen";

    public int Order => 100;

    public bool ErasedLast => true;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var entries = await Entries(subject).AsNoTracking().OrderByDescending(a => a.At)
            .Select(a => new { a.At, a.Actor, a.EntityType, a.Action, a.Before, a.After }).ToListAsync(ct);
        return entries.Select(a => new PersonalRecord("Endring", new Dictionary<string, string?>
        {
            ["Tid"] = NorwegianTime.Format(a.At), ["Av"] = a.Actor, ["Hva"] = AuditText.Type(a.EntityType), ["Handling"] = AuditText.Action(a.Action),
            ["Endret"] = string.Join("; ", AuditText.Changes(a.Before, a.After).Select(c => $"{c.Label}: {c.Before} → {c.After}")),
        })).ToList();
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var pseudonym = $"{Erased.Name} {Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant()}";
        var names = subject.Names.Append(subject.Phone).OfType<string>().Where(n => n.Length >= 3).ToList();
        var entries = await Entries(subject).ToListAsync(ct);
        foreach (var entry in entries)
        {
            if (entry.ActorPersonId == subject.PersonId || entry.ActorUserId == subject.UserId && subject.UserId is not null || names.Contains(entry.Actor))
            {
                entry.Actor = pseudonym;
                entry.ActorUserId = null;
            }
            entry.Before = Strike(entry.Before, names);
            entry.After = Strike(entry.After, names);
        }
        return new ErasurePart(Section, entries.Count, []);
    }

    private IQueryable<AuditEntry> Entries(DataSubject subject)
    {
        var names = subject.Names.Append(subject.Phone).OfType<string>().Where(n => n.Length >= 3).ToList();
        var query = db.AuditEntries.Where(a => a.ActorPersonId == subject.PersonId || a.EntityId == subject.PersonId || names.Contains(a.Actor)
            || subject.UserId != null && a.ActorUserId == subject.UserId);
        foreach (var name in names)
        {
            query = query.Union(db.AuditEntries.Where(a => a.Before != null && a.Before.Contains(name) || a.After != null && a.After.Contains(name)));
        }
        return query;
    }

    private static string? Strike(string? json, IReadOnlyList<string> names) =>
        json is null ? null : names.Aggregate(json, (text, name) => text.Replace(name, Struck, StringComparison.OrdinalIgnoreCase));
}
