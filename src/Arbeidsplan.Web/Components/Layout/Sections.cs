namespace Arbeidsplan.Web.Components.Layout;

/// <summary>A part of the work in the menu; <paramref name="Ready"/> once it is built, with <paramref name="Coming"/> describing it.</summary>
public sealed record Section(string Path, string Title, string Coming, bool Ready = false);

/// <summary>The parts of the work in the menu and on the front page; one not yet built says what will be there rather than show made-up data.</summary>
public static class Sections
{
    public static readonly IReadOnlyList<Section> All =
    [
        new("/plan", "Plan", "Arbeidsplanen med kapitler, mål og tiltak, ansvarlige, status og fremdrift, rullering til neste år og plansjekk.", true),
        new("/datoplan", "Datoplan", "Datoplanen og årshjulet: møter og arrangementer per måned, frister og kalenderabonnement.", true),
        new("/lokallag", "Lokallag", "Oppfølging av hvert lokallag: medlemmer mot målet, årsmøte, styre, påkrevd studiering, studietimer, regionmøter, kontaktlogg, sjekk av nettside og sosiale medier, og flagg for tettere oppfølging.", true),
        new("/medlemmer", "Medlemmer", "Medlemsstatistikk fra medlemsregisteret: betalende, nye og utmeldte, mål, vervekampanjer og oppfølgingslister for lokallagene.", true),
        new("/studier", "Studier", "Studieringer, studietimer mot fjoråret og krav om gjennomførte studieringer med frist.", true),
        new("/moter", "Møter", "Styremøter med innkalling, saksliste, vedtak og protokoll, og oppfølging av resolusjoner.", true),
        new("/valg", "Valg", "Valg og nominasjon: en rad per kommune med nominasjonens steg mot målene, fra nominasjonskomiteen til listen godkjent av valgstyret.", true),
        new("/rapporter", "Rapporter", "Årsmeldingen skrevet fra årets data, del for del, og vedtatt av årsmøtet.", true),
    ];
}
