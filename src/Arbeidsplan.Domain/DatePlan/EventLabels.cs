namespace Arbeidsplan.Domain.DatePlan;

public static class EventLabels
{
    public static string Label(this EventStatus status) => status switch
    {
        EventStatus.Confirmed => "Bekreftet",
        EventStatus.Draft => "Utkast",
        _ => "Avlyst",
    };

    public static string Label(this EventVisibility visibility) => visibility switch
    {
        EventVisibility.Public => "Åpen for alle",
        EventVisibility.Members => "For medlemmer",
        _ => "Bare organet",
    };
}
