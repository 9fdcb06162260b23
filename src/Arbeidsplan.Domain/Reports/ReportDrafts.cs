namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// The draft text of each section, written from its figures in plain Bokmål: a starting point the secretary rewrites, never a
/// claim the figures do not carry.
/// </summary>
public static class ReportDrafts
{
    public static string Members(string organisation, int year, int? paying, int? before, int added, int lapsed)
    {
        if (paying is not { } now)
        {
            return $"Det finnes ikke noe medlemstall for {organisation} ved utgangen av {year}.";
        }
        var text = $"Ved utgangen av {year} hadde {organisation} {now} betalende medlemmer";
        text += before is { } then ? now == then ? $", det samme som ett år før." : $", {Math.Abs(now - then)} {(now > then ? "flere" : "færre")} enn ett år før ({then})." : ".";
        return added + lapsed > 0 ? $"{text} {added} nye kom til, og {lapsed} falt fra." : text;
    }

    public static string MembersNotYetCounted(int year, NodaTime.LocalDate last, int paying) =>
        $"Medlemstallet for {year} er ikke importert ennå. Siste tall er {paying} betalende medlemmer per {Common.NorwegianTime.Format(last)}.";

    public static string WorkPlan(string plan, int total, int done, int underWay, int notStarted, int dropped)
    {
        if (total == 0)
        {
            return $"{plan} har ingen tiltak registrert.";
        }
        var parts = new List<string>();
        if (done > 0) { parts.Add($"{done} er gjennomført"); }
        if (underWay > 0) { parts.Add($"{underWay} er i gang"); }
        if (notStarted > 0) { parts.Add($"{notStarted} er ikke startet"); }
        if (dropped > 0) { parts.Add($"{dropped} er utgått eller utsatt"); }
        return $"{plan} har {total} tiltak. {Sentence(parts)}.";
    }

    public static string BoardWork(IReadOnlyList<(string Body, int Meetings, int Cases)> bodies, int executiveDecisions)
    {
        if (bodies.Count == 0)
        {
            return "Det er ikke registrert møter i året.";
        }
        var parts = bodies.Select(b => $"{b.Body} hadde {b.Meetings} {(b.Meetings == 1 ? "møte" : "møter")} og behandlet {b.Cases} {(b.Cases == 1 ? "sak" : "saker")}").ToList();
        var text = Sentence(parts) + ".";
        return executiveDecisions > 0 ? $"{text} Arbeidsutvalgets {executiveDecisions} vedtak ble lagt fram for styret." : text;
    }

    public static string DatePlan(int year, int held, int cancelled, IReadOnlyList<(string Kind, int Count)> byKind)
    {
        if (held + cancelled == 0)
        {
            return $"Datoplanen hadde ingen arrangementer i {year}.";
        }
        var text = $"Datoplanen for {year} hadde {held + cancelled} arrangementer";
        text += cancelled > 0 ? $"; {held} ble holdt og {cancelled} avlyst." : ".";
        var top = byKind.OrderByDescending(k => k.Count).Take(3).Select(k => $"{k.Kind.ToLowerInvariant()} ({k.Count})").ToList();
        return byKind.Count switch
        {
            0 => text,
            1 => $"{text} Alle var av typen {byKind[0].Kind.ToLowerInvariant()}.",
            _ => $"{text} De vanligste var {Join(top)}.",
        };
    }

    public static string Study(int year, int circles, int participants, int hours, int? hoursYearBefore)
    {
        if (circles == 0)
        {
            return $"Det er ikke registrert studieringer i {year}.";
        }
        var text = $"I {year} ble det holdt {circles} {(circles == 1 ? "studiering" : "studieringer")} med {participants} deltakere og {hours} studietimer";
        return hoursYearBefore is { } before && before > 0 ? $"{text}, mot {before} timer året før." : $"{text}.";
    }

    public static string Branches(int branches, int annualMeetings, int flagsOpened, int flagsClosed)
    {
        var text = $"Av {branches} lokallag holdt {annualMeetings} årsmøte i året.";
        return flagsOpened + flagsClosed > 0
            ? $"{text} {flagsOpened} lokallag ble flagget for tettere oppfølging, og {flagsClosed} flagg ble lukket."
            : text;
    }

    /// <summary>The region meetings and the branches' own reports, said after the branches' annual meetings; nothing when there was neither.</summary>
    public static string BranchActivity(int regionMeetings, int branchesAtThem, int reportsSent) =>
        (regionMeetings > 0 ? $" Det ble holdt {regionMeetings} regionmøter, med {branchesAtThem} lokallag til stede." : "")
        + (reportsSent > 0 ? $" {reportsSent} lokallag har sendt inn sin årsmelding." : "");

    /// <summary>The boards complete at the year's end and the required study circle, said after the rest; nothing when neither is followed.</summary>
    public static string BranchBoards(int branches, int? boardsComplete, string? requirement, int circlesDone) =>
        (boardsComplete is { } complete ? $" {complete} av {branches} lokallag hadde fullt styre ved årets slutt." : "")
        + (requirement is not null ? $" {circlesDone} av {branches} lokallag fullførte {requirement}." : "");

    /// <summary>
    /// How far an election's nomination had come by the year's end: committees appointed, top candidates chosen, lists adopted and
    /// (in the election year) filed, of the lists to field.
    /// </summary>
    public static string Nominations(string election, int year, int lists, int committees, int topCandidates, int adopted, int filed)
    {
        var parts = new List<string> { $"nominasjonskomité oppnevnt for {committees}", $"toppkandidat valgt i {topCandidates}", $"liste vedtatt i {adopted}" };
        if (filed > 0)
        {
            parts.Add($"levert i {filed}");
        }
        return $"{election}: ved utgangen av {year} var {Join(parts)} av {lists} {(lists == 1 ? "liste" : "lister")}.";
    }

    /// <summary>The affiliates (youth, women) under the organisation and whether their own reports are in.</summary>
    public static string Affiliates(int affiliates, int reportsIn) => reportsIn == affiliates
        ? $"Alle {affiliates} sideorganisasjoner har laget sin egen årsmelding; den følger som vedlegg."
        : $"{reportsIn} av {affiliates} sideorganisasjoner har levert sin egen årsmelding.";

    public static string Resolutions(int resolutions, int statements, int steps, int stepsDone, int media)
    {
        if (resolutions + statements == 0)
        {
            return media > 0 ? $"Organisasjonen fikk {media} medieoppslag." : "Det er ikke registrert resolusjoner eller uttalelser i året.";
        }
        var text = $"Det ble vedtatt {resolutions} {(resolutions == 1 ? "resolusjon" : "resolusjoner")} og {statements} {(statements == 1 ? "uttalelse" : "uttalelser")}.";
        if (steps > 0)
        {
            text += $" Oppfølgingen har {steps} steg, og {stepsDone} av dem er gjennomført.";
        }
        return media > 0 ? $"{text} Sakene fikk {media} medieoppslag." : text;
    }

    public static string Organisation(string organisation, int offices, int changes)
    {
        var text = $"{organisation} hadde {offices} verv i styre og utvalg ved utgangen av året.";
        return changes > 0 ? $"{text} {changes} verv fikk ny innehaver i løpet av året." : text;
    }

    /// <summary>«a, b og c».</summary>
    public static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " og " + parts[^1],
    };

    /// <summary>«A, b og c», to open a sentence.</summary>
    public static string Sentence(IReadOnlyList<string> parts) => Join(parts) is { Length: > 0 } text ? char.ToUpperInvariant(text[0]) + text[1..] : "";

    public static string Finances(int year, long income, long expenses, long? equity, int? auditorPages)
    {
        var result = income - expenses;
        var text = $"Regnskapet for {year} viser inntekter på {Amount.Format(income)} og kostnader på {Amount.Format(expenses)}, "
            + (result == 0 ? "et resultat i balanse." : $"et {(result > 0 ? "overskudd" : "underskudd")} på {Amount.Format(Math.Abs(result))}.");
        if (equity is { } e)
        {
            text += $" Egenkapitalen var {Amount.Format(e)} ved årets slutt.";
        }
        return text + (auditorPages is not null ? " Revisors beretning er vedlagt." : " Revisors beretning er ikke lagt ved ennå.");
    }

    public static string CombinedFinances(int year, int organisations, long income, long expenses) =>
        $"Regnskapene for {year} fra {organisations} {(organisations == 1 ? "organisasjon" : "organisasjoner")} er samlet her: "
        + $"til sammen {Amount.Format(income)} i inntekter og {Amount.Format(expenses)} i kostnader.";
}
