namespace Arbeidsplan.Domain.Common;

/// <summary>What stands where an erased person's name stood (GDPR art. 17): the record stays, the person does not.</summary>
public static class Erased
{
    public const string Name = "Slettet person";
}
