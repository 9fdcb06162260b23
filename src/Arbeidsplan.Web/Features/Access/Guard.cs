using Microsoft.AspNetCore.Authorization;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>One-line permission checks for use cases, going through the authorization requirements.</summary>
public sealed class Guard(IAuthorizationService authorization, CurrentAccess access)
{
    public async Task<bool> CoversOrganisation(Guid organisationId) =>
        (await authorization.AuthorizeAsync(access.User, organisationId, OrganisationScopeRequirement.Instance)).Succeeded;

    public async Task<bool> ReadsOrganisation(Guid organisationId) =>
        (await authorization.AuthorizeAsync(access.User, organisationId, OrganisationReadRequirement.Instance)).Succeeded;

    public async Task<bool> ReadsBody(BodyRef body) =>
        (await authorization.AuthorizeAsync(access.User, body, BodyReadRequirement.Instance)).Succeeded;

    public async Task<bool> EditsBody(BodyRef body) =>
        (await authorization.AuthorizeAsync(access.User, body, BodyEditRequirement.Instance)).Succeeded;

    public async Task<bool> IsAdministrator() =>
        (await authorization.AuthorizeAsync(access.User, null, new AdministratorRequirement())).Succeeded;
}
