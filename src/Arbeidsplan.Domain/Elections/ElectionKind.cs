namespace Arbeidsplan.Domain.Elections;

/// <summary>What is elected, which decides what is nominated: a local election a list per municipality and one for the county council.</summary>
public enum ElectionKind
{
    /// <summary>Kommune- og fylkestingsvalg (2027, 2031).</summary>
    Local = 0,

    /// <summary>Stortingsvalg (2025, 2029): one list per constituency.</summary>
    Storting = 1,

    /// <summary>Sametingsvalg: one list per Sámi constituency.</summary>
    Sameting = 2,
}
