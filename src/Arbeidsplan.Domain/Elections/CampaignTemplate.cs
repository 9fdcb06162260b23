using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The campaign in four phases as the plans lay it out, dated from the election day: Fase 1 november–desember the year before
/// (nomination meetings, the campaign committee, the top candidates «aller helst før årsskiftet»), Fase 2 januar–mars (the campaign
/// plan, candidate training, a campaign contact chosen at every branch's annual meeting), Fase 3 april–juni (material and the
/// visiting plan), Fase 4 from July to the election day (the opening, the advance voting from 10 August, the last week). A plan
/// starts from it and is then the organisation's own.
/// </summary>
public static class CampaignTemplate
{
    public static IReadOnlyList<CampaignPhase> Phases(Election election)
    {
        var year = election.Day.Year;
        var phases = new (string Name, LocalDate From, LocalDate To)[]
        {
            ("Nominasjon og valgkampkomité", new LocalDate(year - 1, 11, 1), new LocalDate(year - 1, 12, 31)),
            ("Valgkampplan og kandidatskolering", new LocalDate(year, 1, 1), new LocalDate(year, 3, 31)),
            ("Forberedelser og synlighet", new LocalDate(year, 4, 1), new LocalDate(year, 6, 30)),
            ("Valgkampen", new LocalDate(year, 7, 1), election.Day),
        };
        // An election early in the year has no summer phase: the phases that would begin after the day are left out, the last cut at it.
        return [.. phases.Where(p => p.From <= election.Day).Select((p, i) => new CampaignPhase(i + 1, p.Name, p.From, LocalDate.Min(p.To, election.Day)))];
    }

    public static IReadOnlyList<CampaignTemplateTask> Tasks(Election election)
    {
        var year = election.Day.Year;
        var voting = election.AdvanceVoting();
        var tasks = new List<CampaignTemplateTask>
        {
            new(1, "Valgkampkomité nedsatt", PositionRole.Leads, new LocalDate(year - 1, 11, 30)),
            new(1, "Nominasjonsmøter holdt i alle lokallag", PositionRole.Leads, new LocalDate(year - 1, 12, 15)),
            new(1, "Toppkandidater valgt før årsskiftet", PositionRole.Leads, new LocalDate(year - 1, 12, 31)),
            new(2, "Valgkampplan vedtatt i styret", PositionRole.Leads, new LocalDate(year, 2, 15)),
            new(2, "Kandidatskolering holdt", PositionRole.StudyLeader, new LocalDate(year, 3, 15)),
            new(2, "Valgkampkontakt valgt på årsmøtet i alle lokallag", PositionRole.Leads, new LocalDate(year, 3, 31)),
            new(3, "Materiell og stander bestilt", PositionRole.Secretary, new LocalDate(year, 5, 15)),
            new(3, "Besøksplan for kandidatene klar", PositionRole.Leads, new LocalDate(year, 6, 15)),
            new(4, "Valgkampåpning", PositionRole.Leads, voting.Start.PlusDays(-1)),
            new(4, $"Forhåndsstemmingen åpner ({Common.NorwegianTime.Format(voting.Start)}): mobiliser til forhåndsstemming", PositionRole.Leads, voting.Start),
            new(4, "Skoledebatter og skolevalg dekket", PositionRole.Leads, election.Day.PlusDays(-10)),
            new(4, "Valgdagen: stander og mobilisering", PositionRole.Leads, election.Day),
        };
        var phases = Phases(election);
        return [.. tasks.Where(t => phases.Any(p => p.Number == t.Phase) && t.DueOn <= election.Day)];
    }
}
