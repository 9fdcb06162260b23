using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Jobs;
using Arbeidsplan.Web.Features.Reminders.Sources;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Reminders;

public static class ReminderEndpoints
{
    /// <summary>The run and its sources, choices, notifications, the preview, and their part of a person's export and erasure.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection("Reminders"))
            .Validate(o => !o.Enabled || Uri.TryCreate(configuration["App:BaseUrl"], UriKind.Absolute, out _),
                "Reminders:Enabled needs App:BaseUrl (the public address, for example https://arbeidsplan.sp.no): a reminder is sent by a job, which has no request to take the address from.")
            .ValidateOnStart();
        services.AddJob<ReminderRun>().AddJob<NotificationRetention>();
        services.AddScoped<ReminderPlanner>().AddScoped<ReminderPreview>().AddScoped<ReminderMessages>().AddSingleton<ReminderLinks>();
        services.AddScoped<PreferenceService>().AddScoped<NotificationService>();
        // The sources of items, one per kind of thing that has a date; each feature's items join here as the feature lands.
        services.AddScoped<ReminderSource, MeasureSource>().AddScoped<ReminderSource, FollowUpSource>().AddScoped<ReminderSource, NoticeSource>().AddScoped<ReminderSource, TermSource>()
            .AddScoped<ReminderSource, StudySource>().AddScoped<ReminderSource, ChecklistSource>().AddScoped<ReminderSource, DigestSource>()
            .AddScoped<ReminderSource, NominationSource>().AddScoped<ReminderSource, CampaignSource>();
        services.AddScoped<Privacy.IPersonalData, ReminderPersonalData>();
        return services;
    }

    public static void MapReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Varsler");
        notifications.MapGet("/", async (int? page, bool? unread, NotificationService s) => Problems.Found(await s.MineAsync(page, unread ?? false)))
            .Scoped(ScopeRule.SignedIn);
        notifications.MapPost("/{id:guid}/read", async (Guid id, NotificationService s) => (await s.MarkReadAsync(id)).ToHttp())
            .Scoped(ScopeRule.SignedIn);
        notifications.MapPost("/read-all", async (NotificationService s) => TypedResults.Ok(new MarkedRead(await s.MarkAllReadAsync())))
            .Scoped(ScopeRule.SignedIn);

        var reminders = app.MapGroup("/api/reminders").WithTags("Påminnelser");
        reminders.MapGet("/preferences", async (PreferenceService s) => Problems.Found(await s.MineAsync())).Scoped(ScopeRule.SignedIn);
        reminders.MapPut("/preferences", async (PreferencesInput input, PreferenceService s) => (await s.SetMineAsync(input)).ToHttp())
            .Scoped(ScopeRule.SignedIn);
        reminders.MapGet("/defaults", async (Guid? organisationId, PreferenceService s) =>
            Problems.Found(organisationId is { } org ? await s.ForOrganisationAsync(org) : null)).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        reminders.MapPut("/defaults", async (OrganisationDefaultsInput input, PreferenceService s) => (await s.SetForOrganisationAsync(input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        reminders.MapGet("/preview", Preview).Scoped(ScopeRule.Administrator);

        // The signed links in a reminder, for people who may have no user: the token is the proof, and nothing else is shown.
        reminders.MapGet("/link", async (string? t, ReminderLinks links, PreferenceService s) =>
            links.Read(t) is { Chooses: true } grant ? Problems.Found(await s.ForPersonAsync(grant.PersonId)) : (Results<Ok<Preferences>, NotFoundProblem>)LinkGone())
            .AllowAnonymous();
        reminders.MapPut("/link", async (string? t, PreferencesInput input, ReminderLinks links, PreferenceService s, ActorContext actor) =>
        {
            // Only the choices link: a stop link (also in the List-Unsubscribe header, which mail services read) stops its kinds, nothing more.
            if (links.Read(t) is not { Chooses: true } grant)
            {
                return (Results<Ok<Preferences>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem>)LinkGone();
            }
            using var system = actor.ActAsSystem("Valg av påminnelser via lenke");
            return (await s.SetForPersonAsync(grant.PersonId, input)).ToHttp();
        }).AllowAnonymous();
        // RFC 8058: a mail program posts here when the reader clicks "Avslutt abonnement".
        reminders.MapPost("/unsubscribe", async (string? t, ReminderLinks links, PreferenceService s, ActorContext actor) =>
        {
            if (links.Read(t) is not { Chooses: false } grant)
            {
                return (Results<Ok<UnsubscribeResult>, NotFoundProblem>)LinkGone();
            }
            using var system = actor.ActAsSystem("Avmelding via lenke i påminnelse");
            return await s.StopAsync(grant.PersonId, grant.Stops) ? TypedResults.Ok(new UnsubscribeResult(grant.StopsLabel)) : LinkGone();
        }).AllowAnonymous();
    }

    private static async Task<Results<Ok<ReminderPreviewResult>, ValidationProblem>> Preview(string? on, int? days, ReminderPreview preview, CancellationToken ct) =>
        ReminderPreview.ParseDay(on) is not { } day ? Problems.BadValue("on", "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-07.")
        : days is < 1 or > ReminderPreview.MaxDays ? Problems.BadValue("days", $"Velg fra 1 til {ReminderPreview.MaxDays} dager.")
        : TypedResults.Ok(await preview.ForAsync(day, days ?? 1, ct));

    private static NotFoundProblem LinkGone() =>
        new(ReminderLinks.Gone);
}

public sealed record UnsubscribeResult(string Stopped);

/// <summary>How many notifications were marked read.</summary>
public sealed record MarkedRead(int Marked);
