using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Someone with a place at a meeting: a member (voting or not), a deputy member in their order, or a standing invitee.</summary>
public sealed record Participant(Guid PersonId, string Name, string? Email, AttendanceRole Role, bool Votes, string Office, int Order);

/// <summary>
/// Who has a place at a body's meeting on its day: its positions then (members, and the deputies in the order of their types, then
/// of when their terms began, then by name), and its standing invitees, a position-based one resolved to whoever holds the office. Someone
/// both on the body and invited counts as a member. At most four queries.
/// </summary>
public static class MeetingRoster
{
    /// <summary>A standing invitation as the roster reads it: a person, or an office where it is held.</summary>
    public sealed record Invitation(Guid? PersonId, Guid? PositionTypeId, Guid? HeldInId, InviteeRight Right);

    /// <param name="invitations">The body's standing invitations when the caller has read them already (the meeting page lists them).</param>
    public static async Task<IReadOnlyList<Participant>> OfAsync(AppDbContext db, Guid bodyId, LocalDate day, IReadOnlyList<Invitation>? invitations = null,
        CancellationToken ct = default)
    {
        var seats = await db.Positions.AsNoTracking()
            .Where(p => p.BodyId == bodyId && p.Term.From <= day && (p.Term.To == null || p.Term.To >= day))
            .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new { p.PersonId, From = p.Term.From, t.Name, t.Roles, t.SortOrder })
            .Join(db.Persons, x => x.PersonId, person => person.Id, (x, person) => new { x.PersonId, x.From, x.Name, x.Roles, x.SortOrder, Person = person.Name, person.Email })
            .ToListAsync(ct);
        var invited = invitations ?? await db.StandingInvitees.AsNoTracking().Where(i => i.BodyId == bodyId)
            .Select(i => new Invitation(i.PersonId, i.PositionTypeId, i.HeldInId, i.Right)).ToListAsync(ct);
        var invitees = new List<(Guid Id, string Name, string? Email, InviteeRight Right)>();
        if (invited.Count > 0)
        {
            var people = invited.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).ToList();
            var types = invited.Where(i => i.PositionTypeId is not null).Select(i => i.PositionTypeId!.Value).ToList();
            // The holders of the invited offices on the day, with where they hold them, matched to the invitations below.
            var holders = types.Count == 0 ? [] : await db.Positions.AsNoTracking()
                .Where(p => types.Contains(p.PositionTypeId) && p.Term.From <= day && (p.Term.To == null || p.Term.To >= day))
                .Select(p => new { p.PersonId, p.PositionTypeId, Place = p.OrganisationId ?? p.BodyId }).ToListAsync(ct);
            var wanted = people.Concat(holders.Select(h => h.PersonId)).Distinct().ToList();
            var found = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Email }).ToDictionaryAsync(p => p.Id, ct);
            foreach (var i in invited)
            {
                var ids = i.PersonId is { } one ? [one]
                    : holders.Where(h => h.PositionTypeId == i.PositionTypeId && h.Place == i.HeldInId).Select(h => h.PersonId);
                invitees.AddRange(ids.Where(found.ContainsKey).Select(id => (id, found[id].Name, found[id].Email, i.Right)));
            }
        }
        var list = new List<Participant>();
        var order = 0;
        foreach (var s in seats.Where(s => (s.Roles & PositionRole.DeputyMember) == 0).OrderBy(s => s.SortOrder).ThenBy(s => s.Person, StringComparer.Create(NorwegianCulture, false)))
        {
            list.Add(new Participant(s.PersonId, s.Person, s.Email, AttendanceRole.Member, (s.Roles & PositionRole.VotesInBody) != 0, s.Name, order++));
        }
        // Ids made in the same millisecond are in no order, so the deputies go by their types, when their terms began, then by name.
        foreach (var s in seats.Where(s => (s.Roles & PositionRole.DeputyMember) != 0).OrderBy(s => s.SortOrder).ThenBy(s => s.From)
            .ThenBy(s => s.Person, StringComparer.Create(NorwegianCulture, false)))
        {
            list.Add(new Participant(s.PersonId, s.Person, s.Email, AttendanceRole.Deputy, false, s.Name, order++));
        }
        foreach (var i in invitees.OrderBy(i => i.Name, StringComparer.Create(NorwegianCulture, false)))
        {
            list.Add(new Participant(i.Id, i.Name, i.Email, AttendanceRole.Invitee, false, StandingInvitee.Label(i.Right), order++));
        }
        // One place each: the first (a member before a deputy before an invitee) wins.
        return [.. list.GroupBy(p => p.PersonId).Select(g => g.First())];
    }

    private static readonly System.Globalization.CultureInfo NorwegianCulture = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");
}
