namespace Arbeidsplan.Domain.Reports;

public static class ReportSectionKinds
{
    public static string Title(this ReportSectionKind kind) => kind switch
    {
        ReportSectionKind.Organisation => "Organisasjonen",
        ReportSectionKind.BoardWork => "Styrets arbeid",
        ReportSectionKind.WorkPlan => "Arbeidsplanen",
        ReportSectionKind.DatePlan => "Datoplanen",
        ReportSectionKind.Members => "Medlemmer",
        ReportSectionKind.Study => "Studiearbeid",
        ReportSectionKind.Branches => "Lokallagene",
        ReportSectionKind.Resolutions => "Resolusjoner, uttalelser og medier",
        ReportSectionKind.Affiliates => "Sideorganisasjonene",
        ReportSectionKind.Finances => "Økonomi",
        ReportSectionKind.Elections => "Valg og nominasjon",
        _ => kind.ToString(),
    };
}
