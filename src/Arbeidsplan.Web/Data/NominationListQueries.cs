using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// The steps taken in the elections' nominations. What the lists (<see cref="NominationList.Of"/>) are made from is kept by the
/// organisation directory with the register (its <c>NominationListSourceAsync</c>). For the features that count nominations (reminders, the annual report) without reaching into Valg.
/// </summary>
public static class NominationListQueries
{
    /// <summary>The steps taken in the elections' nominations, each with its list's key (the area is <see cref="NominationList.Area"/>).</summary>
    public static async Task<List<(Guid ElectionId, Guid County, Guid? Area, NominationStepKind Kind, NodaTime.LocalDate On)>> NominationStepsAsync(
        this AppDbContext db, IReadOnlyList<Guid> electionIds, CancellationToken ct = default) =>
        [.. (await db.NominationSteps.AsNoTracking()
                .Join(db.Nominations.Where(n => electionIds.Contains(n.ElectionId)), s => s.NominationId, n => n.Id,
                    (s, n) => new { n.ElectionId, n.CountyId, Area = n.MunicipalityId ?? n.ConstituencyId, s.Kind, s.On })
                .ToListAsync(ct))
            .Select(s => (s.ElectionId, s.CountyId, s.Area, s.Kind, s.On))];
}

/// <summary>
/// What the lists are made from: each county's municipalities (with names), the branches covering municipalities, and the
/// constituencies of elections that have their own.
/// </summary>
public sealed record NominationListSource(IReadOnlyList<(Guid County, Guid Municipality, string Name)> Answered, IReadOnlyList<(Guid Branch, Guid Municipality)> Branches,
    IReadOnlyList<Constituency> Constituencies)
{
    public IReadOnlyList<NominationList> ListsOf(Election election, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds, Func<Guid, string> nameOf) =>
        NominationList.Of(election, Answered, Branches, tree, kinds, nameOf, Constituencies);
}
