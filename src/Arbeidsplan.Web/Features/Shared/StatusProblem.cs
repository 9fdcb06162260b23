using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// A problem answer (RFC 7807) with one status, named by that status in an endpoint's return type so the OpenAPI document lists it.
/// It is written by <see cref="TypedResults.Problem(ProblemDetails)"/>, so it passes the app's problem details service like every
/// other problem: <c>application/problem+json</c>, a trace id, the Norwegian defaults. The framework's <c>NotFound&lt;ProblemDetails&gt;</c>
/// and <c>Conflict&lt;ProblemDetails&gt;</c> would write plain <c>application/json</c> and skip that service.
/// </summary>
public abstract class StatusProblem : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IValueHttpResult
{
    private readonly ProblemHttpResult problem;

    private protected StatusProblem(int status, string title, string? detail) =>
        problem = TypedResults.Problem(detail, statusCode: status, title: title);

    public ProblemDetails Value => problem.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => problem.StatusCode;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    private protected static void Describe(EndpointBuilder builder, int status) => builder.Metadata.Add(ProblemMetadata.Of(status));
}

/// <summary>404: the row is missing, or out of the caller's scope (the two answer the same).</summary>
public sealed class NotFoundProblem(string? detail) : StatusProblem(StatusCodes.Status404NotFound, "Ikke funnet", detail), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status404NotFound);
}

/// <summary>409: someone else saved the row after the caller read it.</summary>
public sealed class ConflictProblem(string? detail) : StatusProblem(StatusCodes.Status409Conflict, "Endret av noen andre", detail), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status409Conflict);
}

/// <summary>403: the caller is signed in, and the use case refuses them.</summary>
public sealed class ForbiddenProblem(string? detail) : StatusProblem(StatusCodes.Status403Forbidden, "Ingen tilgang", detail), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status403Forbidden);
}

/// <summary>
/// Problems an endpoint gives before or beside its handler (sign-in and the scope rule, a filter on the query), described for the
/// OpenAPI document by the convention that adds them, since the handler's return type cannot name them.
/// </summary>
public static class ProblemMetadata
{
    public static ProducesResponseTypeMetadata Of(int status) => new(status, typeof(ProblemDetails), ["application/problem+json"]);

    public static TBuilder DescribesProblem<TBuilder>(this TBuilder builder, int status) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Of(status));

    public static TBuilder DescribesValidationProblem<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
}
