namespace Arbeidsplan.Domain.Plans;

internal enum LineKind
{
    Heading,
    Bullet,
    Row,
    Text,

    /// <summary>A numbered line that is a measure ("3.1 Nominasjonsmøter – Ansvar: Leder – innen 1. juli"), not a heading.</summary>
    Item,
}
