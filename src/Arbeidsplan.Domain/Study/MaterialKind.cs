namespace Arbeidsplan.Domain.Study;

public enum MaterialKind
{
    /// <summary>A study circle material worked through in meetings.</summary>
    Circle = 0,

    /// <summary>A course taken online, alone or together.</summary>
    DigitalCourse = 1,
}
