using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>
/// The instance's copy of the organisation register under the stamp it was read at (<see cref="Data.SystemSetting.OrganisationsChanged"/>).
/// Every request reads the stamp from the database with its user, so an organisation added or moved through another instance is
/// seen at the next request there too; a national party's few thousand rows are then read once per change, not once per request.
/// The municipalities the counties answer for and the elections' constituencies change under the same stamp and are kept with it:
/// together they are where the party's lists are made.
/// </summary>
public sealed class OrganisationRegisterCopy
{
    private volatile Kept? kept;

    /// <summary>The copy, when it was read under this stamp; null when the register has changed since, or nothing is kept.</summary>
    public Kept? Of(string? stamp) => kept is { } k && k.Stamp == stamp ? k : null;

    public Kept Keep(string? stamp, IReadOnlyList<OrganisationSummary> all) => kept = new Kept(stamp, all);

    /// <summary>One reading of the register: its rows, by id, and as a tree. Not changed after it is made, so requests share it.</summary>
    public sealed class Kept(string? stamp, IReadOnlyList<OrganisationSummary> all)
    {
        public string? Stamp { get; } = stamp;

        public IReadOnlyList<OrganisationSummary> All { get; } = all;

        public Dictionary<Guid, OrganisationSummary> ById { get; } = all.ToDictionary(o => o.Id);

        public OrganisationTree Tree { get; } = new(all.Select(o => (o.Id, o.ParentId)));

        /// <summary>The municipalities each county answers for, with their names, once a request under this stamp has read them.</summary>
        public IReadOnlyList<(Guid County, Guid Municipality, string Name)>? Answered { get => answered; set => answered = value; }

        /// <summary>The elections' constituencies, once a request under this stamp has read them.</summary>
        public IReadOnlyList<Constituency>? Constituencies { get => constituencies; set => constituencies = value; }

        private volatile IReadOnlyList<(Guid County, Guid Municipality, string Name)>? answered;
        private volatile IReadOnlyList<Constituency>? constituencies;
    }
}
