using System.Globalization;
using System.Text.Json;
using Arbeidsplan.Domain.Common;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Audit;

/// <summary>One field of an audit entry as a person reads it: its Norwegian name, and the value before and after.</summary>
public sealed record AuditChange(string Field, string Label, string? Before, string? After);

/// <summary>The audit log in Norwegian: what kind of thing changed, what was done, and which fields, with dates written as dates.</summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["OutboxMessage"] = "E-post i utboksen", ["ReminderPreference"] = "Valg av påminnelse", ["ReminderSettings"] = "Påminnelser for organisasjonen",
        ["Person"] = "Person", ["Position"] = "Verv", ["Organisation"] = "Organisasjon", ["Region"] = "Region", ["Body"] = "Organ",
        ["BodyMemberOrganisation"] = "Organets medlemsorganisasjon", ["PositionType"] = "Vervtype", ["PublicOffice"] = "Folkevalgt verv",
        ["Municipality"] = "Kommune", ["Plan"] = "Arbeidsplan", ["Chapter"] = "Kapittel", ["Goal"] = "Mål", ["Measure"] = "Tiltak",
        ["MeasureGoal"] = "Tiltakets mål", ["StatusNote"] = "Statusnotat", ["Event"] = "Hendelse", ["EventException"] = "Endring i serie",
        ["EventMeasure"] = "Hendelsens tiltak", ["CalendarFeed"] = "Kalenderabonnement", ["StatutoryWindow"] = "Vindu etter vedtektene",
        ["DeadlineRule"] = "Fristregel", ["EventTemplate"] = "Mal for året", ["TemplateItem"] = "Punkt i mal", ["StudyMaterial"] = "Studiemateriell",
        ["StudyCircle"] = "Studiering", ["StudyRequirement"] = "Studiekrav", ["ScorecardSettings"] = "Terskler og verv for lokallag",
        ["BranchCheck"] = "Sjekk av nettside og sosiale medier", ["MeetingAttendance"] = "Regionmøte", ["ContactEntry"] = "Kontakt med lokallaget",
        ["BranchFlag"] = "Flagg", ["MemberTarget"] = "Medlemsmål", ["RecruitmentCampaign"] = "Vervekampanje", ["FollowUpMark"] = "Oppfølgingsmerke",
        ["MemberSnapshot"] = "Medlemsuttrekk", ["MemberColumnMapping"] = "Kolonner i medlemseksporten", ["PlanColumnMapping"] = "Kolonner i planens tabeller", ["BranchRoll"] = "Medlemmer i uttrekk",
        ["MemberContact"] = "Navn og kontaktinformasjon til medlemmer", ["AppUser"] = "Bruker", ["Invitation"] = "Invitasjon",
        ["SystemSetting"] = "Innstilling", ["PersonErased"] = "Sletting av person",
        // Board work and the annual meeting.
        ["Meeting"] = "Møte", ["MeetingCase"] = "Sak", ["CaseSeries"] = "Saksnummerserie", ["CaseAttachment"] = "Vedlegg til sak", ["Attendance"] = "Oppmøte",
        ["Decision"] = "Vedtak", ["DecisionMeasure"] = "Vedtakets tiltak", ["FollowUpTask"] = "Oppfølging av vedtak", ["FollowUpNote"] = "Notat om oppfølging",
        ["Minutes"] = "Protokoll", ["MinutesCorrection"] = "Rettelse i protokoll", ["MinutesSignature"] = "Signatur på protokoll",
        ["Disqualification"] = "Inhabilitet", ["StandardAgendaItem"] = "Fast sak", ["StandingInvitee"] = "Fast innkalt", ["Constitution"] = "Vedtekter",
        ["DelegateRule"] = "Regel for delegater", ["Resolution"] = "Uttalelse", ["ResolutionStep"] = "Steg for uttalelse",
        // Reports.
        ["AnnualReport"] = "Årsmelding", ["ReportText"] = "Tekst i årsmelding", ["ReportTextRevision"] = "Tidligere tekst i årsmelding",
        ["AnnualAccounts"] = "Regnskap", ["AuditorReport"] = "Revisors beretning", ["MediaItem"] = "Medieoppslag", ["OrganisationLogo"] = "Logo",
        // Elections.
        ["Election"] = "Valg", ["Nomination"] = "Nominasjon (liste)", ["NominationStep"] = "Steg i nominasjonen", ["Candidate"] = "Kandidat",
        ["Constituency"] = "Valgkrets", ["CountyMunicipality"] = "Kommune fylkeslaget stiller liste i", ["CountyStepTargets"] = "Fylkeslagets egne mål for valget",
        ["StepDefault"] = "Standardmål for nominasjonssteg", ["ListRuleBand"] = "Listeregel etter valgloven", ["CampaignPlan"] = "Valgkampplan",
        ["CampaignTask"] = "Oppgave i valgkampen", ["CampaignTaskNote"] = "Notat om valgkampoppgave", ["CampaignActivity"] = "Valgkampaktivitet",
        ["ElectionResult"] = "Valgresultat", ["ListResult"] = "Listens resultat", ["ResultColumnMapping"] = "Kolonner i resultatfilen",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Name"] = "Navn", ["ShortName"] = "Kortnavn", ["Email"] = "E-post", ["Phone"] = "Telefon", ["Kind"] = "Type", ["ParentId"] = "Ligger under",
        ["OrganisationId"] = "Organisasjon", ["RegionId"] = "Region", ["BodyId"] = "Organ", ["PersonId"] = "Person", ["PositionTypeId"] = "Vervtype",
        ["MunicipalityId"] = "Kommune", ["Term.From"] = "Fra", ["Term.To"] = "Til", ["Title"] = "Tittel", ["Text"] = "Tekst", ["Status"] = "Status",
        ["Note"] = "Notat", ["Code"] = "Nummer", ["Owner"] = "Ansvar", ["Timing"] = "Gjennomføring", ["Category"] = "Kategori", ["State"] = "Tilstand",
        ["StartDate"] = "Fra dato", ["EndDate"] = "Til dato", ["Place"] = "Sted", ["Description"] = "Beskrivelse", ["Visibility"] = "Synlighet",
        ["TakenOn"] = "Uttrekk per", ["Members"] = "Medlemmer", ["FileName"] = "Fil", ["IsAdministrator"] = "Systemadministrator",
        ["DeactivatedAt"] = "Deaktivert", ["DeactivationReason"] = "Grunn", ["TwoFactorEnabled"] = "Tofaktorinnlogging", ["CreatedAt"] = "Laget",
        ["ExpiresAt"] = "Gyldig til", ["AcceptedAt"] = "Tatt i bruk", ["RevokedAt"] = "Trukket tilbake", ["Duties"] = "Arbeidsinstruks", ["Scope"] = "Rekkevidde",
        ["Hours"] = "Timer", ["Participants"] = "Deltakere", ["Target"] = "Mål", ["Year"] = "År", ["Reasons"] = "Grunner", ["On"] = "Dato",
        ["Enabled"] = "På", ["DaysBefore"] = "Dager i forveien", ["QuietPeriods"] = "Stille perioder",
        ["StudyHoursDeadline"] = "Frist for studietimer", ["Votes"] = "Stemmer", ["Seats"] = "Mandater", ["Share"] = "Oppslutning", ["PersonalVotes"] = "Personstemmer",
        ["BirthYear"] = "Fødselsår", ["Gender"] = "Kjønn", ["Residence"] = "Bosted", ["Cumulated"] = "Kumulert", ["Rerunning"] = "Stiller på nytt",
        ["DeclinedOn"] = "Takket nei", ["Day"] = "Dag", ["Targets"] = "Mål", ["Count"] = "Antall", ["DueOn"] = "Frist", ["Key"] = "Nøkkel", ["Value"] = "Verdi", ["IsDemo"] = "Demo", ["EmailConfirmed"] = "E-post bekreftet", ["UserName"] = "Brukernavn",
    };

    public static string Type(string entityType) => Types.GetValueOrDefault(entityType, entityType);

    /// <summary>Whether the type has a Norwegian name (some are the same word in English: Person, Region).</summary>
    public static bool HasName(string entityType) => Types.ContainsKey(entityType);

    public static string Action(string action) => action switch
    {
        "Added" => "Opprettet",
        "Modified" => "Endret",
        "Deleted" => "Slettet",
        "Replaced" => "Erstattet",
        "Erased" => "Slettet etter personvernregler",
        "Retried" => "Prøvd sendt på nytt",
        "Exported" => "Lastet ned",
        _ => action,
    };

    /// <summary>The fields that were set (a new row), changed (a change) or held (a deleted row), in Norwegian.</summary>
    public static IReadOnlyList<AuditChange> Changes(string? before, string? after)
    {
        var old = Read(before);
        var now = Read(after);
        return old.Keys.Union(now.Keys)
            .Where(k => old.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => new AuditChange(k, Fields.GetValueOrDefault(k, k), Value(old.GetValueOrDefault(k)), Value(now.GetValueOrDefault(k))))
            .ToList();
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string?> { ["Verdi"] = json };
        }
    }

    // Dates and instants come as ISO text; people read «1.6.2026» and «1.6.2026 10:00».
    private static string? Value(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (LocalDatePattern.Iso.Parse(value) is { Success: true } date)
        {
            return date.Value.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        }
        if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } instant)
        {
            return NorwegianTime.Format(instant.Value);
        }
        return value switch
        {
            "True" => "ja",
            "False" => "nei",
            _ => value,
        };
    }
}
