using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A party, a county with a branch, and a position type held by a person with an address of their own, unique to the test.</summary>
public sealed record ReminderScene(Guid Party, Guid County, Guid Branch, Guid Type, Guid Person, string Email)
{
    public static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@test.no";

    public static async Task<ReminderScene> BuildAsync(AppFactory app, string typeName = "Organisatorisk nestleder", bool heldInCounty = true)
    {
        var r = app.Register();
        var party = await r.OrganisationAsync("Testpartiet", OrganisationKind.National);
        var county = await r.OrganisationAsync("Testfylke parti", OrganisationKind.County, party);
        var branch = await r.OrganisationAsync("Alfa lokallag", OrganisationKind.Local, county);
        var type = await r.PositionTypeAsync(party, typeName, ScopeKind.OwnUnit);
        var email = UniqueEmail("nora");
        var person = await r.PersonAsync("Nora Nestleder", heldInCounty ? county : branch, email);
        await r.PositionAsync(person, type, organisation: heldInCounty ? county : branch);
        return new ReminderScene(party, county, branch, type, person, email);
    }
}
