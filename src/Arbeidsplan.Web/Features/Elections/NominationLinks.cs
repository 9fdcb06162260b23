using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// What a list's steps can point at, read from the organisation that answers for the list: the bodies whose positions nominate
/// (the committee, with its members today), its study circles (the circles of a material its county requires first) and its
/// bodies' meetings. A step may only point at the answering organisation's own.
/// </summary>
public sealed class NominationLinks(AppDbContext db, IClock clock)
{
    /// <summary>The committee today: who holds a position that nominates, in the organisation or on one of its bodies.</summary>
    public async Task<IReadOnlyList<CommitteeMember>> CommitteeAsync(Guid organisationId)
    {
        var today = clock.Today();
        var bodies = db.Bodies.Where(b => b.OrganisationId == organisationId).Select(b => b.Id);
        return (await db.Positions.AsNoTracking()
                .Where(p => p.Term.From <= today && (p.Term.To == null || p.Term.To >= today)
                    && (p.OrganisationId == organisationId || (p.BodyId != null && bodies.Contains(p.BodyId.Value))))
                .Join(db.PositionTypes.Where(t => (t.Roles & PositionRole.Nominates) != 0), p => p.PositionTypeId, t => t.Id, (p, t) => new { p.PersonId, p.BodyId, Type = t.Name })
                .Join(db.Persons, x => x.PersonId, person => person.Id, (x, person) => new
                {
                    person.Name, x.Type, Body = db.Bodies.Where(b => b.Id == x.BodyId).Select(b => b.Name).FirstOrDefault(),
                })
                .ToListAsync())
            .Select(x => new CommitteeMember(x.Name, x.Type, x.Body)).OrderBy(m => m.Body, NorwegianText.Comparer).ThenBy(m => m.Name, NorwegianText.Comparer).ToList();
    }

    /// <summary>Who signs a list for the organisation's board today: its leader first, then those who vote on its board.</summary>
    public async Task<IReadOnlyList<string>> BoardAsync(Guid organisationId)
    {
        var today = clock.Today();
        var boards = db.Bodies.Where(b => b.OrganisationId == organisationId && b.Kind == BodyKind.Board).Select(b => b.Id);
        var held = await db.Positions.AsNoTracking()
            .Where(p => p.Term.From <= today && (p.Term.To == null || p.Term.To >= today) && (p.OrganisationId == organisationId || (p.BodyId != null && boards.Contains(p.BodyId.Value))))
            .Join(db.PositionTypes.Where(t => (t.Roles & (PositionRole.Leads | PositionRole.VotesInBody)) != 0), p => p.PositionTypeId, t => t.Id, (p, t) => new { p.PersonId, t.Roles, t.Name })
            .Join(db.Persons, x => x.PersonId, person => person.Id, (x, person) => new { person.Name, x.Roles, Type = x.Name })
            .ToListAsync();
        return [.. held.OrderByDescending(h => (h.Roles & PositionRole.Leads) != 0).ThenBy(h => h.Name, NorwegianText.Comparer)
            .Select(h => $"{h.Name}, {h.Type.ToLowerInvariant()}").Distinct().Take(4)];
    }

    /// <summary>The things the organisation's steps can point at, from the autumn two years before the election to its day.</summary>
    public async Task<IReadOnlyList<LinkChoice>> ChoicesAsync(Guid organisationId, LocalDate electionDay)
    {
        var from = new LocalDate(electionDay.Year - 2, 1, 1);
        var committees = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId
                && db.Positions.Any(p => p.BodyId == b.Id && db.PositionTypes.Any(t => t.Id == p.PositionTypeId && (t.Roles & PositionRole.Nominates) != 0)))
            .Select(b => new { b.Id, b.Name }).ToListAsync();
        var circles = await db.StudyCircles.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.EndsOn >= from && c.StartsOn <= electionDay)
            .Select(c => new
            {
                c.Id, c.StartsOn, Material = db.StudyMaterials.Where(m => m.Id == c.MaterialId).Select(m => m.Name).FirstOrDefault(),
                Required = db.StudyRequirements.Any(r => r.MaterialId == c.MaterialId && (r.OrganisationId == organisationId || db.Organisations.Any(o => o.Id == organisationId && o.ParentId == r.OrganisationId))),
            }).ToListAsync();
        var start = from.AtMidnight();
        var end = electionDay.PlusDays(1).AtMidnight();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.OrganisationId == organisationId && m.StartsAt >= start && m.StartsAt < end)
            .Where(m => m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.Id, m.StartsAt, m.Title, m.Status, Body = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).FirstOrDefault() }).ToListAsync();
        return
        [
            .. committees.OrderBy(b => b.Name, NorwegianText.Comparer).Select(b => new LinkChoice(StepLink.Body, b.Id, b.Name, $"/organer/{b.Id}")),
            .. circles.OrderByDescending(c => c.Required).ThenByDescending(c => c.StartsOn)
                .Select(c => new LinkChoice(StepLink.StudyCircle, c.Id, $"{c.Material} ({NorwegianTime.Format(c.StartsOn)}){(c.Required ? ", påkrevd" : "")}", $"/studier?org={organisationId}")),
            .. meetings.OrderByDescending(m => m.StartsAt).Select(m => new LinkChoice(StepLink.Meeting, m.Id, $"{m.Title} ({m.Body}, {NorwegianTime.Format(m.StartsAt.Date)})", $"/moter/{m.Id}",
                m.StartsAt.Date, m.Status == MeetingStatus.Held, m.Title)),
        ];
    }

    /// <summary>Null when the step may point at the thing; else what is wrong, in Norwegian.</summary>
    public static string? Check(NominationStepKind kind, Guid? linkId, IReadOnlyList<LinkChoice> choices) => linkId switch
    {
        null => null,
        _ when kind.Link() == StepLink.None => $"«{kind.Label()}» knyttes ikke til et organ, en studiering eller et møte.",
        { } id when !choices.Any(c => c.Id == id && c.Link == kind.Link()) => kind.Link() switch
        {
            StepLink.Body => "Velg en nominasjonskomité i laget: et organ med verv som nominerer.",
            StepLink.StudyCircle => "Velg en av lagets studieringer.",
            _ => "Velg et av lagets møter.",
        },
        _ => null,
    };
}
