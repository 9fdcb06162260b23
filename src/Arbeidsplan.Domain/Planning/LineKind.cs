namespace Arbeidsplan.Domain.Planning;

internal enum LineKind
{
    Heading,
    Bullet,
    Row,
    Text,
}
