namespace Arbeidsplan.Web.Features.Shared;

/// <summary>A value in a page's address that cannot be read as what the page expects (a date, a number, an id): the user's error, answered with 400.</summary>
public sealed class BadQueryValue(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Years the date plan and the plans work with: a year outside them in an address is a mistake.</summary>
    public static int? Year(int? year) =>
        year is < 2000 or > 2100 ? throw new BadQueryValue("Året i adressen må ligge mellom 2000 og 2100.") : year;
}
