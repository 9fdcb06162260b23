using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// Who is a new member at a date: one who joined in the twelve months up to it, which at a 31 December export is the calendar
/// year. The welcome list and the counts read this one rule, so a list never shows people the count leaves out.
/// </summary>
public static class NewMember
{
    public static bool At(LocalDate? joinedOn, LocalDate asOf) => joinedOn is { } joined && joined > asOf.PlusYears(-1) && joined <= asOf;
}
