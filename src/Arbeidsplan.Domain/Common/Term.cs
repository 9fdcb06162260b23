using NodaTime;

namespace Arbeidsplan.Domain.Common;

/// <summary>The period an office is held: from a date, to a date (inclusive) or open-ended.</summary>
public sealed record Term
{
    public Term(LocalDate from, LocalDate? to)
    {
        if (to is { } end && end < from)
        {
            throw new RuleViolation("To", "Perioden kan ikke slutte før den begynner.");
        }
        From = from;
        To = to;
    }

    public LocalDate From { get; }
    public LocalDate? To { get; }

    public bool IsActiveOn(LocalDate date) => From <= date && (To is null || date <= To);

    public bool HasEndedBy(LocalDate date) => To is { } end && end < date;

    public Term EndOn(LocalDate end) => new(From, end);
}
