using NodaTime;

namespace Arbeidsplan.Domain.Study;

public sealed record RequirementStatus(RequirementState State, LocalDate? DoneOn)
{
    public string Label => State switch
    {
        RequirementState.Done => $"Gjennomført {DoneOn:d.M.yyyy}",
        RequirementState.Missed => "Ikke gjennomført, fristen er ute",
        _ => "Ikke ennå",
    };
}
