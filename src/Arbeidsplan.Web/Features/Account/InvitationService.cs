using System.Security.Cryptography;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

public sealed record InvitationCreated(Guid Id, string Email, string Link, Instant ExpiresAt, bool EmailSent);

public sealed record OpenInvitation(Guid Id, string PersonName, string Email);

/// <summary>Invites a person in the register to become a user, by a secret link that works once.</summary>
public sealed class InvitationService(
    AppDbContext db, PersonService persons, CurrentAccess access, UserManager<AppUser> users,
    EmailSender email, IClock clock, IHttpContextAccessor http, IConfiguration configuration)
{
    private static readonly Duration ValidFor = Duration.FromDays(14);

    public Task<Outcome<InvitationCreated>> CreateAsync(Guid personId) => Outcome.Try(async () =>
    {
        if (!await persons.IsInScopeAsync(personId))
        {
            return Outcome<InvitationCreated>.Invalid("PersonId", "Velg en person du har tilgang til.");
        }
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId);
        if (person.Email is null)
        {
            return Outcome<InvitationCreated>.Invalid("Email", "Personen må ha en e-postadresse før hun eller han kan inviteres.");
        }
        if (await db.Users.AnyAsync(u => u.PersonId == personId || u.NormalizedEmail == person.Email.ToUpperInvariant()))
        {
            return Outcome<InvitationCreated>.Invalid("Email", "Personen har allerede en bruker.");
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetCurrentInstant();
        var invitation = new Invitation
        {
            PersonId = personId, Email = person.Email, TokenHash = Hash(token),
            CreatedAt = now, ExpiresAt = now + ValidFor, CreatedBy = access.ActorName,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        var link = $"{BaseUrl()}/invitasjon/{token}";
        var sent = await email.TrySendAsync(person.Email, "Invitasjon til Arbeidsplan",
            $"Hei {person.Name}!\n\nDu er invitert til Arbeidsplan av {access.ActorName}. Åpne lenken for å lage passord:\n{link}\n\nLenken virker i 14 dager.");
        return new InvitationCreated(invitation.Id, person.Email, link, invitation.ExpiresAt, sent);
    });

    public async Task<OpenInvitation?> FindOpenAsync(string token)
    {
        var hash = Hash(token);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.IsOpen(clock.GetCurrentInstant()))
        {
            return null;
        }
        var name = await db.Persons.Where(p => p.Id == invitation.PersonId).Select(p => p.Name).SingleAsync();
        return new OpenInvitation(invitation.Id, name, invitation.Email);
    }

    /// <summary>Creates the user with the chosen password; the invitation cannot be used again.</summary>
    public async Task<Outcome<AppUser>> AcceptAsync(string token, string? password)
    {
        var hash = Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.IsOpen(clock.GetCurrentInstant()))
        {
            return Outcome<AppUser>.NotFound("Invitasjonen er brukt, trukket tilbake eller utløpt.");
        }
        var user = new AppUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, PersonId = invitation.PersonId };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return Outcome<AppUser>.Invalid("Password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        invitation.AcceptedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return user;
    }

    public async Task<IReadOnlyList<InvitationRow>> ListOpenAsync()
    {
        var now = clock.GetCurrentInstant();
        var rows = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .Join(db.Persons, i => i.PersonId, p => p.Id, (i, p) => new InvitationRow(i.Id, p.Name, i.Email, i.CreatedBy, i.CreatedAt, i.ExpiresAt))
            .ToListAsync();
        return rows.Where(r => r.ExpiresAt > now).OrderByDescending(r => r.CreatedAt).ToList();
    }

    public async Task<bool> RevokeAsync(Guid id)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null);
        if (invitation is null)
        {
            return false;
        }
        invitation.RevokedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return true;
    }

    private string BaseUrl()
    {
        if (configuration["App:BaseUrl"] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }
        var request = http.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

public sealed record InvitationRow(Guid Id, string PersonName, string Email, string CreatedBy, Instant CreatedAt, Instant ExpiresAt);
