namespace Arbeidsplan.Web.Features.Privacy;

/// <summary>The person an export or erasure is about, with their sign-in account if they have one.</summary>
public sealed record DataSubject(Guid PersonId, string Name, string? Email, string? Phone, string? UserId, string? UserEmail)
{
    /// <summary>What the person's name may have been written as in records that store a name as text (authors, leaders): name, e-mail, sign-in.</summary>
    public IReadOnlyList<string> Names => new[] { Name, Email, UserEmail }.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>One thing kept about the person, as the export shows it: what it is, and its fields.</summary>
public sealed record PersonalRecord(string What, IReadOnlyDictionary<string, string?> Values);

/// <summary>What one part of the app changed when erasing, and what it found but did not change (free text, the archive).</summary>
public sealed record ErasurePart(string Section, int Changed, IReadOnlyList<string> NotChanged);

/// <summary>
/// One part of the app's contribution to a person's export and erasure (GDPR art. 15 and 17). Every feature that keeps something
/// about people has one; a new feature adds its own, and the privacy tests walk them all.
/// </summary>
public interface IPersonalData
{
    /// <summary>The heading the export shows this part's records under, in Norwegian.</summary>
    string Section { get; }

    /// <summary>
    /// True for the part that must be erased after the others have saved: the audit log, so the erasure's own entries lose the
    /// name too.
    /// </summary>
    bool ErasedLast => false;

    /// <summary>Where the part stands in the export: the person and their positions first, the audit log last.</summary>
    int Order => 50;

    Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct);

    /// <summary>Removes or anonymises what this part keeps about the person, in the erasure's transaction; saved by the caller.</summary>
    Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct);
}
