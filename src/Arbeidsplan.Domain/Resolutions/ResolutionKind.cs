namespace Arbeidsplan.Domain.Resolutions;

/// <summary>What the text is: a resolution adopted by the annual meeting, or a statement made by the board between annual meetings.</summary>
public enum ResolutionKind
{
    /// <summary>Resolusjon, adopted by the annual meeting.</summary>
    Resolution = 0,

    /// <summary>Uttalelse, made by the board or another body.</summary>
    Statement = 1,
}
