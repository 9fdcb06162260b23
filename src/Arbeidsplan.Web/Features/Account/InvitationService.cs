using System.Security.Cryptography;
using Arbeidsplan.Domain.Access;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Account;

/// <param name="Link">The secret link, shown only to an administrator, or to an inviter whose own access covers all the invitee will get when no e-mail is set up.</param>
public sealed record InvitationCreated(Guid Id, string Email, string? Link, Instant ExpiresAt, bool EmailSent, string Message);

public sealed record OpenInvitation(Guid Id, string PersonName, string Email);

public sealed record InvitationRow(Guid Id, string PersonName, string Email, string CreatedBy, Instant CreatedAt, Instant ExpiresAt);

/// <summary>
/// Invites a person in the register to become a user, by a secret link that works once and goes to the person's own e-mail. Nobody
/// with narrower access than the invitee can see the link: they could otherwise take over the account themselves.
/// </summary>
public sealed class InvitationService(
    AppDbContext db, PersonService persons, CurrentAccess access, Guard guard, ScopeReader scopes, UserManager<AppUser> users,
    EmailSender email, AppLinks links, IClock clock)
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
        var normalized = person.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.PersonId == personId || u.NormalizedEmail == normalized))
        {
            return Outcome<InvitationCreated>.Invalid("Email", "Personen har allerede en bruker.");
        }
        var (invitation, link) = NewInvitation(personId, person.Email);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        var sent = await email.TrySendAsync(person.Email, "Invitasjon til Arbeidsplan",
            $"Hei {person.Name}!\n\nDu er invitert til Arbeidsplan av {access.ActorName}. Åpne lenken for å lage passord:\n{link}\n\nLenken virker i 14 dager.");
        var mayShow = await guard.IsAdministrator()
            || !email.IsConfigured && Delegation.Encloses(await access.ScopeAsync(), await scopes.OfPersonAsync(personId));
        var message = (sent, mayShow) switch
        {
            (true, _) => $"Invitasjonen er sendt til {person.Email}.",
            (false, true) => $"Ingen e-post er satt opp. Gi lenken til {person.Name} selv, og bare til henne eller ham.",
            _ => "Ingen e-post er satt opp, og personen vil få tilgang til mer enn du har. En administrator sender lenken fra siden Brukere.",
        };
        return new InvitationCreated(invitation.Id, person.Email, mayShow ? link : null, invitation.ExpiresAt, sent, message);
    });

    /// <summary>An administrator's new link for an open invitation (the old one stops working), for when no e-mail is set up.</summary>
    public Task<Outcome<InvitationCreated>> RenewLinkAsync(Guid id) => Outcome.Try(async () =>
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id);
        if (!await guard.IsAdministrator() || invitation is null || !invitation.IsOpen(clock.GetCurrentInstant()))
        {
            return Outcome<InvitationCreated>.NotFound();
        }
        var token = NewToken();
        invitation.TokenHash = Hash(token);
        await db.SaveChangesAsync();
        return new InvitationCreated(invitation.Id, invitation.Email, Link(token), invitation.ExpiresAt, false, "Ny lenke laget; den forrige virker ikke lenger.");
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
        if (!await guard.IsAdministrator())
        {
            return [];
        }
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
        if (!await guard.IsAdministrator() || invitation is null)
        {
            return false;
        }
        invitation.RevokedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return true;
    }

    private (Invitation Invitation, string Link) NewInvitation(Guid personId, string to)
    {
        var token = NewToken();
        var now = clock.GetCurrentInstant();
        var invitation = new Invitation
        {
            PersonId = personId, Email = to, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + ValidFor, CreatedBy = access.ActorName,
        };
        return (invitation, Link(token));
    }

    private string Link(string token) => links.To($"invitasjon/{token}");

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
