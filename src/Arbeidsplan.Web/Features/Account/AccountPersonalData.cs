using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>The sign-in account, its sign-ins and the invitations sent to the person: all removed at erasure.</summary>
public sealed class AccountPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Bruker og innlogging";

    public int Order => 30;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var records = new List<PersonalRecord>();
        if (subject.UserId is { } userId && await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct) is { } user)
        {
            var sessions = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
            records.Add(new PersonalRecord("Bruker", new Dictionary<string, string?>
            {
                ["E-post"] = user.Email, ["Systemadministrator"] = user.IsAdministrator ? "ja" : "nei", ["Tofaktorinnlogging"] = user.TwoFactorEnabled ? "ja" : "nei",
                ["Deaktivert"] = user.DeactivatedAt is { } at ? NorwegianTime.Format(at) : null,
            }));
            records.AddRange(sessions.Select(s => new PersonalRecord("Innlogging", new Dictionary<string, string?>
            {
                ["Start"] = NorwegianTime.Format(s.CreatedAt), ["Slutt"] = s.EndedAt is { } ended ? NorwegianTime.Format(ended) : null, ["Hvorfor slutt"] = s.EndedBecause,
            })));
        }
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.PersonId == subject.PersonId).ToListAsync(ct);
        records.AddRange(invitations.Select(i => new PersonalRecord("Invitasjon", new Dictionary<string, string?>
        {
            ["E-post"] = i.Email, ["Sendt"] = NorwegianTime.Format(i.CreatedAt), ["Tatt i bruk"] = i.AcceptedAt is { } a ? NorwegianTime.Format(a) : null,
        })));
        return records;
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var invitations = await db.Invitations.Where(i => i.PersonId == subject.PersonId).ToListAsync(ct);
        db.Invitations.RemoveRange(invitations);
        // The user goes with its sessions, tokens and authenticator key (their rows follow it out).
        var user = subject.UserId is { } userId ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) : null;
        if (user is not null)
        {
            db.Users.Remove(user);
        }
        return new ErasurePart(Section, invitations.Count + (user is null ? 0 : 1), []);
    }
}
