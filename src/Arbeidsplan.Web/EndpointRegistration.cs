using Arbeidsplan.Web.Operations;
using Arbeidsplan.Web.Features.Account;
using Arbeidsplan.Web.Features.Audit;
using Arbeidsplan.Web.Features.Bodies;
using Arbeidsplan.Web.Features.Branches;
using Arbeidsplan.Web.Features.DatePlan;
using Arbeidsplan.Web.Features.Elections;
using Arbeidsplan.Web.Features.Home;
using Arbeidsplan.Web.Features.Demo;
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
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Arbeidsplan.Web;

public static class EndpointRegistration
{
    public static void UseArbeidsplanErrorHandling(this WebApplication app)
    {
        static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");
        app.UseUploadLimits();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions
                {
                    ExceptionHandlingPath = "/feil", CreateScopeForErrors = true,
                    StatusCodeSelector = e => e switch
                    {
                        BadQueryValue => StatusCodes.Status400BadRequest,
                        BadHttpRequestException bad => bad.StatusCode,
                        _ => StatusCodes.Status500InternalServerError,
                    },
                });
                pages.UseHsts();
            }
            pages.UseStatusCodePagesWithReExecute("/ikke-funnet");
        });
    }

    public static void MapArbeidsplanEndpoints(this WebApplication app)
    {
        // For a load balancer: live says the process answers, ready that its database does and is up to date (/health is ready's
        // older name).
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseHealthCheck.Ready) }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapOrganisationEndpoints();
        app.MapRegionEndpoints();
        app.MapMunicipalityEndpoints();
        app.MapBodyEndpoints();
        app.MapPersonEndpoints();
        app.MapPositionEndpoints();
        app.MapPositionTypeEndpoints();
        app.MapAuditEndpoints();
        app.MapPlanEndpoints();
        app.MapDatePlanEndpoints();
        app.MapMemberEndpoints();
        app.MapBranchEndpoints();
        app.MapStudyEndpoints();
        app.MapMeetingEndpoints();
        app.MapResolutionEndpoints();
        app.MapReportEndpoints();
        app.MapElectionEndpoints();
        app.MapDecisionEndpoints();
        app.MapPrivacyEndpoints();
        app.MapReminderEndpoints();
        app.MapHomeEndpoints();
        app.MapOutboxEndpoints();
        app.MapDemoEndpoints();
    }
}
