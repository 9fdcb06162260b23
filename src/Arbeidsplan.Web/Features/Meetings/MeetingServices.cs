namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Board work (Møter): meetings of bodies, numbered cases, notices and answers. This slice holds the model and its GDPR part.</summary>
public static class MeetingServices
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<Privacy.IPersonalData, MeetingPersonalData>();
        return services;
    }
}
