using System.Text.Json.Serialization;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Account;
using Arbeidsplan.Web.Features.Audit;
using Arbeidsplan.Web.Features.Bodies;
using Arbeidsplan.Web.Features.Branches;
using Arbeidsplan.Web.Features.DatePlan;
using Arbeidsplan.Web.Features.Elections;
using Arbeidsplan.Web.Features.Home;
using Arbeidsplan.Web.Features.Demo;
using Arbeidsplan.Web.Features.Jobs;
using Arbeidsplan.Web.Features.Meetings;
using Arbeidsplan.Web.Features.Resolutions;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Municipalities;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Outbox;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Plans;
using Arbeidsplan.Web.Features.Positions;
using Arbeidsplan.Web.Features.PositionTypes;
using Arbeidsplan.Web.Features.Privacy;
using Arbeidsplan.Web.Features.Regions;
using Arbeidsplan.Web.Features.Reminders;
using Arbeidsplan.Web.Features.Reports;
using Arbeidsplan.Web.Features.Shared;
using Arbeidsplan.Web.Features.Study;
using Arbeidsplan.Web.Operations;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Arbeidsplan.Web;

/// <summary>The services each part of the app needs; Program.cs reads as a table of contents of these.</summary>
public static class ServiceRegistration
{
    public static void AddArbeidsplanLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && builder.Configuration["Logging:Format"] != "text")
        {
            // One JSON object per line, so log collectors keep the structured fields.
            builder.Logging.ClearProviders().AddJsonConsole(o => (o.UseUtcTimestamp, o.IncludeScopes) = (true, true));
        }
    }

    public static IServiceCollection AddArbeidsplanIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts(configuration);
        services.AddAuthorization(Policies.Add);
        services.AddScoped<IAuthorizationHandler, AdministratorHandler>();
        services.AddScoped<IAuthorizationHandler, OrganisationScopeHandler>();
        services.AddScoped<IAuthorizationHandler, OrganisationReadHandler>();
        services.AddScoped<IAuthorizationHandler, BodyReadHandler>();
        services.AddScoped<IAuthorizationHandler, BodyEditHandler>();
        services.AddScoped<ActorContext>();
        services.AddScoped<ScopeReader>();
        services.AddScoped<CurrentAccess>();
        services.AddScoped<Guard>();
        return services;
    }

    public static IServiceCollection AddArbeidsplanFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<EmailSender>();
        // Sizes are counted in VEVENT blocks (1) and whole feeds (100): room for a national party's year.
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.AddScoped<Components.Layout.OrganisationSwitcher>();
        services.AddScoped<Features.Shared.LoadTurn>();
        // The register's shared read model: who holds which position, shown on the organisation, body, region and person pages.
        services.AddScoped<Features.Shared.HolderQueries>();
        // Each feature registers its own services; those that keep something about people add their part of GDPR export and erasure.
        services.AddOrganisations().AddRegions().AddMunicipalities().AddBodies().AddPersons().AddPositions().AddPositionTypes();
        services.AddPlans().AddDatePlan().AddMembers().AddBranches().AddStudy();
        services.AddDemo().AddAudit().AddPrivacy();
        // One runner for every scheduled job; the outbox and the reminders it runs.
        services.AddJobs().AddOutbox().AddReminders(configuration).AddMeetings().AddResolutions().AddReports().AddElections();
        services.AddHome();
        return services;
    }

    public static IServiceCollection AddArbeidsplanWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddImportTimeout(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Shared.AppLinks>();
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = NorwegianProblems.Customize);
        // Bad query values and bodies are thrown to the exception handler, which answers them in Norwegian and names the value.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<Features.Shared.BadRequests>();
        // Enums as their names; NodaTime's dates, times and instants as ISO 8601 text ("2026-06-01", "2026-06-01T08:00:00Z").
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            NodaTime.Serialization.SystemTextJson.Extensions.ConfigureForNodaTime(o.SerializerOptions, NodaTime.DateTimeZoneProviders.Tzdb);
        });
        services.AddOpenApi();
        services.AddUploadLimits();
        services.AddSingleton<StartupPreparation>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.Ready]);
        return services;
    }
}
