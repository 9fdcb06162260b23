using NodaTime;

namespace Arbeidsplan.Domain.Elections;

public static class StepLights
{
    public const int SoonDays = 30;

    public static StepLight Of(LocalDate? done, LocalDate target, LocalDate today) =>
        done is not null ? StepLight.Done
        : today > target ? StepLight.Late
        : Period.Between(today, target, PeriodUnits.Days).Days <= SoonDays ? StepLight.Soon
        : StepLight.NotDue;
}
