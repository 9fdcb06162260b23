using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Arbeidsplan.Web.Data;

public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    value => LocalDate.FromDateOnly(value));

public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));

public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    time => new TimeOnly(time.TickOfDay),
    value => LocalTime.FromTicksSinceMidnight(value.Ticks));

/// <summary>A day of the year as "MM-dd".</summary>
public sealed class AnnualDateConverter() : ValueConverter<AnnualDate, string>(date => Format(date), value => Parse(value))
{
    private static string Format(AnnualDate date) => $"{date.Month:00}-{date.Day:00}";

    private static AnnualDate Parse(string value) => new(
        int.Parse(value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture), int.Parse(value.AsSpan(3, 2), System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// A wall-clock time in Oslo as ISO text ("2027-01-12T18:00:00"): it sorts as it reads on both databases, and no provider turns
/// it into a UTC instant on the way.
/// </summary>
public sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, string>(
    time => NodaTime.Text.LocalDateTimePattern.GeneralIso.Format(time),
    value => NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(value).GetValueOrThrow());
