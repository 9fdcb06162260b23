namespace Arbeidsplan.Web.Components.Layout;

public sealed record Section(string Path, string Title, string Coming);

/// <summary>The parts of the work still to come; each page says what will be there rather than show made-up data.</summary>
public static class Sections
{
    public static readonly IReadOnlyList<Section> All =
    [
        new("/plan", "Plan", "Arbeidsplanen med kapitler, mål og tiltak, ansvarlige, status og fremdrift, rullering til neste år og plansjekk."),
        new("/datoplan", "Datoplan", "Datoplanen og årshjulet: møter og arrangementer per måned, frister og kalenderabonnement."),
        new("/lokallag", "Lokallag", "Oppfølging av hvert lokallag: medlemmer, årsmøte, styre, studieringer, regionmøter og flagg for tettere oppfølging."),
        new("/medlemmer", "Medlemmer", "Medlemsstatistikk fra medlemsregisteret: betalende, nye og utmeldte, mål og vervekampanjer."),
        new("/studier", "Studier", "Studieringer, studietimer og krav om gjennomførte studieringer med frist."),
        new("/moter", "Møter", "Styremøter med innkalling, saksliste, vedtak og protokoll, og oppfølging av resolusjoner."),
        new("/valg", "Valg", "Valg og nominasjon: nominasjonskomité, toppkandidat, liste i hver kommune og valgkamp."),
        new("/rapporter", "Rapporter", "Årsmelding, arbeidsplan og datoplan som Word-dokument og for utskrift, og Excel-eksport av lister."),
    ];
}
