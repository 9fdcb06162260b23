using System.Globalization;
using Arbeidsplan.Domain.DatePlan;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

public sealed record WheelArc(string Path, string Label, string Url, int Ring, string Colour, bool IsDraft);

public sealed record WheelRing(string Name, int Index, double Inner, double Outer, string Colour);

public sealed record WheelMonth(string Name, double LabelX, double LabelY, string Divider);

/// <summary>The annual wheel as SVG geometry: the year clockwise from January at the top, a ring per organiser or kind, each event an arc.</summary>
public sealed class WheelLayout
{
    public const double Size = 640;
    private const double Centre = Size / 2;
    private const double Hub = 70;
    private const double Rim = 270;

    // The ring colours are classes (ring-0 … ring-9 in app.css), so the page needs no inline style.
    private const int Colours = 10;

    public WheelLayout(int year, IReadOnlyList<CalendarItem> items, bool byKind, LocalDate today)
    {
        var start = new LocalDate(year, 1, 1);
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        var groups = items.GroupBy(i => byKind ? i.KindName : i.OrganiserName).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var width = groups.Count == 0 ? 0 : (Rim - Hub) / groups.Count;
        Rings = groups.Select((name, i) => new WheelRing(name, i, Hub + i * width, Hub + (i + 1) * width, $"ring-{i % Colours}")).ToList();
        var ringOf = Rings.ToDictionary(r => r.Name);
        double Angle(LocalDate date) => Period.Between(start, date, PeriodUnits.Days).Days / (double)days * 360;
        Arcs = items.Select(i =>
        {
            var ring = ringOf[byKind ? i.KindName : i.OrganiserName];
            var from = Math.Max(0, Angle(LocalDate.FromDateOnly(i.Start)));
            var to = Math.Min(360, Angle(LocalDate.FromDateOnly(i.End).PlusDays(1)));
            // A one-day event is less than a degree wide; give it enough width to see and to click.
            if (to - from < 1.6)
            {
                var middle = (from + to) / 2;
                (from, to) = (middle - .8, middle + .8);
            }
            to = Math.Min(to, from + 359.5);
            return new WheelArc(Sector(ring.Inner + 1, ring.Outer - 1, from, to), $"{i.WhenText}: {i.Title} ({i.OrganiserName})", i.Url, ring.Index, ring.Colour,
                i.Status == EventStatus.Draft);
        }).ToList();
        Months = Enumerable.Range(1, 12).Select(m =>
        {
            var a0 = Angle(new LocalDate(year, m, 1));
            var a1 = m == 12 ? 360 : Angle(new LocalDate(year, m + 1, 1));
            var (x, y) = Point(Rim + 22, (a0 + a1) / 2);
            var (dx0, dy0) = Point(Hub, a0);
            var (dx1, dy1) = Point(Rim + 6, a0);
            return new WheelMonth(CalendarQueries.Capital(MonthNames.Short(m)), x, y, $"M{F(dx0)} {F(dy0)} L{F(dx1)} {F(dy1)}");
        }).ToList();
        if (today.Year == year)
        {
            var (tx0, ty0) = Point(Hub - 10, Angle(today));
            var (tx1, ty1) = Point(Rim + 10, Angle(today));
            TodayLine = $"M{F(tx0)} {F(ty0)} L{F(tx1)} {F(ty1)}";
        }
    }

    public IReadOnlyList<WheelRing> Rings { get; }
    public IReadOnlyList<WheelArc> Arcs { get; }
    public IReadOnlyList<WheelMonth> Months { get; }
    public string? TodayLine { get; }
    public static double Middle => Centre;
    public static double RimRadius => Rim;
    public static double HubRadius => Hub;

    private static (double X, double Y) Point(double radius, double degrees)
    {
        var radians = (degrees - 90) * Math.PI / 180;
        return (Centre + radius * Math.Cos(radians), Centre + radius * Math.Sin(radians));
    }

    private static string Sector(double inner, double outer, double from, double to)
    {
        var large = to - from > 180 ? 1 : 0;
        var (ax, ay) = Point(outer, from);
        var (bx, by) = Point(outer, to);
        var (cx, cy) = Point(inner, to);
        var (dx, dy) = Point(inner, from);
        return $"M{F(ax)} {F(ay)} A{F(outer)} {F(outer)} 0 {large} 1 {F(bx)} {F(by)} L{F(cx)} {F(cy)} A{F(inner)} {F(inner)} 0 {large} 0 {F(dx)} {F(dy)} Z";
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static class MonthNames
    {
        public static string Short(int month) => Domain.Plans.NorwegianDates.MonthName(month)[..3];
    }
}
