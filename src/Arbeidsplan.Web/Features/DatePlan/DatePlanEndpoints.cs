using Arbeidsplan.Web.Features.DatePlan.Events;
using Arbeidsplan.Web.Features.DatePlan.Export;
using Arbeidsplan.Web.Features.DatePlan.Feeds;
using Arbeidsplan.Web.Features.DatePlan.Import;
using Arbeidsplan.Web.Features.DatePlan.Rules;
using Arbeidsplan.Web.Features.DatePlan.Templates;
using Arbeidsplan.Web.Features.DatePlan.Views;

namespace Arbeidsplan.Web.Features.DatePlan;

public static class DatePlanEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddDatePlan(this IServiceCollection services)
    {
        services.AddScoped<CalendarFamily>().AddScoped<CalendarQueries>().AddScoped<EventQueries>().AddScoped<EventService>().AddScoped<CalendarRuleService>().AddScoped<TemplateService>().AddScoped<ActivityPlanImport>().AddScoped<DatePlanImport>().AddScoped<FeedService>()
            .AddScoped<Privacy.IPersonalData, FeedPersonalData>();
        return services;
    }

    public static void MapDatePlanEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").WithTags("Datoplan");
        api.MapCalendar();
        api.MapRules();
        api.MapTemplates();
        api.MapFeeds();
        api.MapImport();
        api.MapExport();
        app.MapGroup("/api/events").WithTags("Datoplan").MapEvents();
        app.MapFeedLinks();
    }
}
