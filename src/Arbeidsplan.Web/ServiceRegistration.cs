using System.Text.Json.Serialization;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Account;
using Arbeidsplan.Web.Features.Bodies;
using Arbeidsplan.Web.Features.Demo;
using Arbeidsplan.Web.Features.Municipalities;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.PositionTypes;
using Arbeidsplan.Web.Features.Positions;
using Arbeidsplan.Web.Features.Regions;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
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
            builder.Logging.ClearProviders().AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
    }

    public static IServiceCollection AddArbeidsplanIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts(configuration);
        services.AddAuthorization(Policies.Add);
        services.AddScoped<IAuthorizationHandler, AdministratorHandler>();
        services.AddScoped<IAuthorizationHandler, OrganisationScopeHandler>();
        services.AddScoped<IAuthorizationHandler, OrganisationReadHandler>();
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
        services.AddScoped<OrganisationDirectory>().AddScoped<OrganisationQueries>().AddScoped<OrganisationCommands>();
        services.AddScoped<RegionService>();
        services.AddScoped<MunicipalityService>();
        services.AddScoped<BodyService>();
        services.AddScoped<PersonService>().AddScoped<PublicOfficeService>();
        services.AddScoped<PositionService>().AddScoped<PositionQueries>();
        services.AddScoped<PositionTypeService>().AddScoped<DutyImport>();
        services.AddScoped<InvitationService>();
        services.AddScoped<Arbeidsplan.Web.Features.Plans.PlanQueries>().AddScoped<Arbeidsplan.Web.Features.Plans.PlanService>()
            .AddScoped<Arbeidsplan.Web.Features.Plans.MeasureService>().AddScoped<Arbeidsplan.Web.Features.Plans.PlanImport>()
            .AddScoped<Arbeidsplan.Web.Features.Plans.PlanLifecycle>().AddScoped<Arbeidsplan.Web.Features.Plans.OwnerResolver>();
        services.AddScoped<Features.DatePlan.CalendarFamily>().AddScoped<Features.DatePlan.CalendarQueries>().AddScoped<Features.DatePlan.EventQueries>()
            .AddScoped<Features.DatePlan.EventService>().AddScoped<Features.DatePlan.CalendarRuleService>().AddScoped<Features.DatePlan.TemplateService>()
            .AddScoped<Features.DatePlan.DatePlanImport>().AddScoped<Features.DatePlan.FeedService>();
        services.AddScoped<Features.Members.MemberListRules>().AddScoped<Features.Members.MemberImport>().AddScoped<Features.Members.MemberQueries>().AddScoped<Features.Members.RecruitmentService>().AddScoped<Features.Members.MemberLists>()
            .AddScoped<Features.Members.RegisterSnapshots>();
        services.AddScoped<Features.Branches.BranchFollowUp>().AddScoped<Features.Branches.ScorecardQueries>().AddScoped<Features.Branches.ScorecardSettingsService>();
        services.AddScoped<Features.Study.StudyService>();
        // Sizes are counted in VEVENT blocks (1) and whole feeds (100): room for a national party's year.
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.AddScoped<FirstRunService>();
        services.AddScoped<DemoLoader>().AddScoped<DemoRemover>();
        services.AddScoped<Components.Layout.OrganisationSwitcher>();
        services.AddScoped<Arbeidsplan.Web.Features.Audit.AuditQueries>();
        services.AddSingleton<Features.Audit.AuditRetention>().AddHostedService(sp => sp.GetRequiredService<Features.Audit.AuditRetention>());
        // Each part of the app that keeps something about people gives its part of a person's export and erasure (GDPR).
        services.AddScoped<Features.Privacy.PrivacyService>()
            .AddScoped<Features.Privacy.IPersonalData, PersonPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, PositionPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, AccountPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.Plans.PlanPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.DatePlan.FeedPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.Branches.FollowUpPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.Members.MemberPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.Study.StudyPersonalData>()
            .AddScoped<Features.Privacy.IPersonalData, Features.Audit.AuditPersonalData>();
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
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
