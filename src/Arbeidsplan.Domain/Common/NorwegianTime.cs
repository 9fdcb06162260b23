using NodaTime;

namespace Arbeidsplan.Domain.Common;

/// <summary>The time zone every date in the system is read in.</summary>
public static class NorwegianTime
{
    public static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    public static LocalDate Today(this IClock clock) => clock.GetCurrentInstant().InZone(Oslo).Date;

    public static string Format(LocalDate date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(Instant instant) =>
        instant.InZone(Oslo).ToString("d.M.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
