using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Resolutions;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's resolutions: three adopted by Hedmark's annual meeting in February, with follow-up plans under way (one step overdue)
/// and coverage in the local press; a statement of the board in November; a piece on the mayors' forum. All marked as demo.
/// </summary>
internal sealed class DemoResolutions(AppDbContext db)
{
    private const string AnnualMeeting = "Fylkesårsmøtet i Hedmark Senterparti (demo)";

    public async Task LoadAsync(DemoWorld world)
    {
        var org = world.Hedmark.Id;
        var adopted = new LocalDate(2026, 2, 15);
        var hospitals = Add(new Resolution(org, ResolutionKind.Resolution, "Lokalsykehusene skal bestå",
            "Årsmøtet vil ha akuttberedskap ved sykehusene på Tynset, Elverum, Hamar og Kongsvinger, og ber regjeringen stanse planene om å samle funksjonene ett sted.",
            adopted, AnnualMeeting, "Politisk nestleder"));
        var preparedness = Add(new Resolution(org, ResolutionKind.Resolution, "Beredskap der folk bor",
            "Årsmøtet krever at politi, brann og ambulanse har responstider som gjelder i hele fylket, ikke bare i byene.", adopted, AnnualMeeting, "Politisk nestleder"));
        var farming = Add(new Resolution(org, ResolutionKind.Resolution, "Matjorda skal brukes til mat",
            "Årsmøtet vil ha et sterkere jordvern og en inntektsutvikling i landbruket som gjør det mulig å ta over gården.", adopted, AnnualMeeting, "Leder"));
        var roads = Add(new Resolution(org, ResolutionKind.Statement, "Fylkesveiene må prioriteres",
            "Fylkesstyret ber fylkestinget øke vedlikeholdet av fylkesveiene i budsjettet for 2027.", new LocalDate(2026, 11, 16), "Fylkesstyret", "Leder"));

        Step(hospitals, "Brev til helseministeren", "Politisk nestleder", new LocalDate(2026, 3, 15), MeasureStatus.Done, "Sendt 2. mars. Svar mottatt i april.");
        Step(hospitals, "Møte med Sykehuset Innlandet", "Leder", new LocalDate(2026, 9, 30), MeasureStatus.UnderWay, "Møtet er avtalt.");
        Step(hospitals, "Innlegg i lokalavisene", "Politisk nestleder", new LocalDate(2026, 10, 31), MeasureStatus.NotStarted, null);
        Step(preparedness, "Spørsmål i fylkestinget", "Gruppeleder", new LocalDate(2026, 6, 1), MeasureStatus.Done, "Stilt i junimøtet.");
        Step(farming, "Debattmøte med bondelagene", "Leder", new LocalDate(2026, 12, 15), MeasureStatus.NotStarted, null);
        Step(roads, "Oversende uttalelsen til fylkestingsgruppa", "Leder", new LocalDate(2026, 11, 20), MeasureStatus.Done, null);

        var forum = await db.Bodies.Where(b => b.OrganisationId == org && b.Name == "Ordførerforum").Select(b => (Guid?)b.Id).FirstOrDefaultAsync();
        Media(new MediaItem(org, "Hamar Arbeiderblad", new LocalDate(2026, 3, 2), "Senterpartiet krever svar om sykehusene (demo)", null, resolutionId: hospitals.Id));
        Media(new MediaItem(org, "Østlendingen", new LocalDate(2026, 3, 5), "Sp vil beholde akuttberedskapen (demo)", null, resolutionId: hospitals.Id));
        Media(new MediaItem(org, "NRK Innlandet", new LocalDate(2026, 6, 3), "Beredskap på dagsordenen i fylkestinget (demo)", null, resolutionId: preparedness.Id));
        Media(new MediaItem(org, "Glåmdalen", new LocalDate(2026, 11, 18), "Vil ha mer penger til fylkesveiene (demo)", null, resolutionId: roads.Id));
        if (forum is { } id)
        {
            Media(new MediaItem(org, "Nationen", new LocalDate(2026, 9, 12), "Ordførerne samlet om kommuneøkonomien (demo)", null, bodyId: id));
        }
        await db.SaveChangesAsync();
    }

    private Resolution Add(Resolution resolution)
    {
        resolution.IsDemo = true;
        db.Resolutions.Add(resolution);
        return resolution;
    }

    private void Step(Resolution resolution, string title, string responsible, LocalDate due, MeasureStatus status, string? note)
    {
        var step = new ResolutionStep(resolution, title, responsible, due) { IsDemo = true };
        step.Edit(title, responsible, due, status, note, resolution.AdoptedOn);
        db.ResolutionSteps.Add(step);
    }

    private void Media(MediaItem item)
    {
        item.IsDemo = true;
        db.MediaItems.Add(item);
    }
}
