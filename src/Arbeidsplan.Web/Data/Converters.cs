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
