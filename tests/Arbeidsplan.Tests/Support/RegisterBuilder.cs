using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Tests.Support;

/// <summary>Builds register data straight into the test database, a row at a time.</summary>
public sealed class RegisterBuilder(AppFactory app)
{
    public static readonly Term CurrentTerm = new(new LocalDate(2026, 2, 15), new LocalDate(2027, 2, 14));

    public Task<Guid> OrganisationAsync(string name, OrganisationKind kind, Guid? parent = null, Guid? region = null) =>
        AddAsync(async db =>
        {
            var organisation = new Organisation(name, kind, parent);
            db.Add(organisation);
            if (region is { } regionId)
            {
                var regionRow = await db.Regions.FindAsync(regionId);
                var links = db.Organisations.Select(o => new { o.Id, o.ParentId }).AsEnumerable().Select(l => (l.Id, l.ParentId))
                    .Append((organisation.Id, organisation.ParentId));
                organisation.PlaceInRegion(regionRow, new OrganisationTree(links));
            }
            return organisation.Id;
        });

    public Task<Guid> RegionAsync(Guid organisation, string name) => AddAsync(db => Add(db, new Region(organisation, name)).Id);

    public Task<Guid> BodyAsync(Guid organisation, string name, BodyKind kind = BodyKind.Board) =>
        AddAsync(db => Add(db, new Body(organisation, name, kind)).Id);

    public Task<Guid> PositionTypeAsync(Guid party, string name, ScopeKind scope) =>
        AddAsync(db => Add(db, new PositionType(party, name, scope, $"Oppgaver for {name}")).Id);

    public Task<Guid> PersonAsync(string name, Guid organisation, string? email = null) =>
        AddAsync(db => Add(db, new Person(organisation, name, email, null)).Id);

    public Task<Guid> PositionAsync(Guid person, Guid type, Guid? organisation = null, Guid? body = null, Guid? region = null, Term? term = null) =>
        AddAsync(async db =>
        {
            var positionType = (await db.PositionTypes.FindAsync(type))!;
            return Add(db, new Position(person, positionType, organisation, body, region, term ?? CurrentTerm)).Id;
        });

    public async Task<string> UserAsync(string email, Guid? person = null, bool administrator = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(
            new AppUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person, IsAdministrator = administrator },
            AppFactory.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        if (administrator)
        {
            // Administrators must have two-factor sign-in; the tests' sign-in helpers compute the app's code.
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return email;
    }

    /// <summary>A county with two regions and three branches, and one user for each level of access.</summary>
    public async Task<World> WorldAsync()
    {
        var national = await OrganisationAsync("Testpartiet", OrganisationKind.National);
        var county = await OrganisationAsync("Testfylke parti", OrganisationKind.County, national);
        var north = await RegionAsync(county, "Nord");
        var south = await RegionAsync(county, "Sør");
        var branchA = await OrganisationAsync("Alfa lokallag", OrganisationKind.Local, county, north);
        var branchB = await OrganisationAsync("Beta lokallag", OrganisationKind.Local, county, north);
        var branchC = await OrganisationAsync("Gamma lokallag", OrganisationKind.Local, county, south);
        var otherCounty = await OrganisationAsync("Annetfylke parti", OrganisationKind.County, national);
        var board = await BodyAsync(county, "Fylkesstyret");
        var leader = await PositionTypeAsync(national, "Leder", ScopeKind.Subtree);
        var boardMember = await PositionTypeAsync(national, "Styremedlem", ScopeKind.OwnUnit);
        var regionContact = await PositionTypeAsync(national, "Regionkontakt", ScopeKind.Region);

        var countyLeader = await PersonAsync("Kari Fylkesleder", county, "kari@test.no");
        await PositionAsync(countyLeader, leader, organisation: county);
        var contact = await PersonAsync("Rolf Regionkontakt", county, "rolf@test.no");
        await PositionAsync(contact, regionContact, organisation: county, region: north);
        var branchLeader = await PersonAsync("Liv Lokalleder", branchA, "liv@test.no");
        await PositionAsync(branchLeader, leader, organisation: branchA);
        var outsider = await PersonAsync("Otto Utenfor", otherCounty, "otto@test.no");
        var boardMemberPerson = await PersonAsync("Stine Styremedlem", county, "stine@test.no");
        await PositionAsync(boardMemberPerson, boardMember, organisation: county);
        var otherLeader = await PersonAsync("Ola Annenleder", otherCounty, "ola@test.no");
        await PositionAsync(otherLeader, leader, organisation: otherCounty);

        return new World(national, county, otherCounty, north, south, branchA, branchB, branchC, board,
            leader, boardMember, regionContact, countyLeader, contact, branchLeader, outsider,
            Admin: await UserAsync("admin@test.no", administrator: true),
            CountyLeaderUser: await UserAsync("kari@test.no", countyLeader),
            RegionContactUser: await UserAsync("rolf@test.no", contact),
            BranchLeaderUser: await UserAsync("liv@test.no", branchLeader),
            NoPositionUser: await UserAsync("otto@test.no", outsider),
            BoardMemberUser: await UserAsync("stine@test.no", boardMemberPerson),
            OtherCountyLeaderUser: await UserAsync("ola@test.no", otherLeader))
        {
            BoardMemberPerson = boardMemberPerson,
            OtherCountyLeader = otherLeader,
        };
    }

    private static T Add<T>(AppDbContext db, T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }

    private Task<Guid> AddAsync(Func<AppDbContext, Guid> build) => AddAsync(db => Task.FromResult(build(db)));

    private Task<Guid> AddAsync(Func<AppDbContext, Task<Guid>> build) =>
        app.WithDbAsync(async db =>
        {
            var id = await build(db);
            await db.SaveChangesAsync();
            return id;
        });
}

public sealed record World(
    Guid National, Guid County, Guid OtherCounty, Guid North, Guid South, Guid BranchA, Guid BranchB, Guid BranchC, Guid Board,
    Guid Leader, Guid BoardMember, Guid RegionContact,
    Guid CountyLeader, Guid Contact, Guid BranchLeader, Guid Outsider,
    string Admin, string CountyLeaderUser, string RegionContactUser, string BranchLeaderUser, string NoPositionUser,
    string BoardMemberUser, string OtherCountyLeaderUser)
{
    /// <summary>An ordinary board member of the county: the county itself, not its branches.</summary>
    public Guid BoardMemberPerson { get; init; }

    /// <summary>The leader of the other county: everything there, nothing here.</summary>
    public Guid OtherCountyLeader { get; init; }
}
