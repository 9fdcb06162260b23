using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Bodies;
using Arbeidsplan.Web.Features.PositionTypes;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>What becomes of a measure owner the import found no position type, body or organisation for.</summary>
public enum OwnerChoice
{
    /// <summary>The owner stays as the plan wrote it, a text to link later.</summary>
    Text = 0,

    /// <summary>A position type of that name is created for the party (administrators).</summary>
    PositionType = 1,

    /// <summary>A body of that name is created in the importing organisation (those who cover it).</summary>
    Body = 2,
}

/// <summary>An owner text no position type, body or organisation answered to, with what the user may make of it.</summary>
public sealed record UnmatchedOwner(string Text, int Measures, OwnerChoice Choice, IReadOnlyList<OwnerChoice> Choices);

/// <summary>
/// The owners of an imported plan that matched nothing: listed in the preview, kept as text by default, or created as a position type
/// or a body by those the delegation rule allows (a type is the party's, kept by administrators; a body belongs to the organisation).
/// </summary>
public sealed class PlanImportOwners(OwnerResolver owners, PositionTypeService types, BodyService bodies, Guard guard)
{
    private const int MaxWords = 5;

    /// <summary>The owner texts of the plan's measures that match nothing, each with the choices the actor has and the one chosen.</summary>
    public async Task<IReadOnlyList<UnmatchedOwner>> UnmatchedAsync(ImportedPlan plan, Guid organisationId, IReadOnlyDictionary<string, OwnerChoice>? chosen)
    {
        var mayCreateTypes = await guard.IsAdministrator();
        var unmatched = new List<UnmatchedOwner>();
        foreach (var group in plan.Chapters.SelectMany(c => c.Measures).Select(m => m.Owner?.Trim()).OfType<string>().Where(o => o.Length > 0)
            .GroupBy(o => o, StringComparer.Ordinal))
        {
            if ((await owners.ResolveAsync(group.Key, organisationId))?.IsKnown == true)
            {
                continue;
            }
            List<OwnerChoice> choices = [OwnerChoice.Text];
            if (IsOneName(group.Key))
            {
                choices.AddRange(mayCreateTypes ? [OwnerChoice.PositionType, OwnerChoice.Body] : [OwnerChoice.Body]);
            }
            var choice = chosen?.GetValueOrDefault(group.Key) ?? OwnerChoice.Text;
            unmatched.Add(new UnmatchedOwner(group.Key, group.Count(), choices.Contains(choice) ? choice : OwnerChoice.Text, choices));
        }
        return unmatched;
    }

    /// <summary>
    /// A choice for an owner the plan does not have, or one the actor may not make, is refused with why when the import is applied
    /// (the preview shows such an owner kept as text).
    /// </summary>
    public static Outcome<T>? Check<T>(IReadOnlyList<UnmatchedOwner> unmatched, IReadOnlyDictionary<string, OwnerChoice>? chosen, string field)
    {
        foreach (var (text, choice) in chosen ?? new Dictionary<string, OwnerChoice>())
        {
            if (choice == OwnerChoice.Text)
            {
                continue;
            }
            var owner = unmatched.FirstOrDefault(o => o.Text == text);
            if (owner is null)
            {
                return Outcome<T>.Invalid(field, $"«{Short(text)}» er ikke en ansvarlig i planen som mangler vervtype eller styre.");
            }
            if (!owner.Choices.Contains(choice))
            {
                return Outcome<T>.Invalid(field, choice == OwnerChoice.PositionType && owner.Choices.Count > 1
                    ? $"Bare systemadministratorer kan opprette vervtypen «{text}». Behold teksten, eller opprett et styre eller utvalg."
                    : $"«{text}» er flere navn i ett og kan bare beholdes som tekst.");
            }
        }
        return null;
    }

    /// <summary>
    /// Creates the chosen position types and bodies through their own services (their rules, their audit) and lets the resolver know
    /// them, so the measures link to them. The caller holds the transaction that makes the import all or nothing.
    /// </summary>
    public async Task<Outcome<int>> CreateAsync(IReadOnlyList<UnmatchedOwner> unmatched, Guid organisationId, string field)
    {
        var created = 0;
        foreach (var owner in unmatched.Where(o => o.Choice != OwnerChoice.Text))
        {
            var name = char.ToUpperInvariant(owner.Text[0]) + owner.Text[1..];
            if (owner.Choice == OwnerChoice.PositionType)
            {
                var type = await types.CreateAsync(new PositionTypeInput { OrganisationId = organisationId, Name = name });
                if (!type.IsOk)
                {
                    return Outcome<int>.Invalid(field, $"Vervtypen «{name}» kunne ikke opprettes: {Message(type)}");
                }
                owners.Assume(owner.Text, new MeasureOwner(owner.Text, PositionTypeId: type.Value!.Id));
            }
            else
            {
                var body = await bodies.CreateAsync(new BodyInput { OrganisationId = organisationId, Name = name, Kind = BodyKinds.FromName(name) });
                if (!body.IsOk)
                {
                    return Outcome<int>.Invalid(field, $"Styret eller utvalget «{name}» kunne ikke opprettes: {Message(body)}");
                }
                owners.Assume(owner.Text, new MeasureOwner(owner.Text, BodyId: body.Value!.Id));
            }
            created++;
        }
        return created;
    }

    /// <summary>"Valgkomiteen" or "Studieleder", not "Leder og AU" or a sentence: only one name can become a type or a body.</summary>
    private static bool IsOneName(string text) =>
        text.Length <= 100 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
        && !OwnerResolver.Separators.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));

    private static string Message<T>(Outcome<T> outcome) => outcome.Message ?? string.Join(" ", outcome.Errors.SelectMany(e => e.Value));

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
