using Arbeidsplan.Domain.Reminders;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// One thing to remind of, as a source finds it, before anyone's preferences: the item, its date, the organisation whose calendar
/// and defaults apply, who it goes to and why (<see cref="Who"/>, which the preview and the e-mail show), and what to say.
/// </summary>
public sealed record ReminderItem(
    ReminderKind Kind, Guid ItemId, LocalDate Date, Guid OrganisationId, IReadOnlyList<Guid> PersonIds, string Who,
    string Title, IReadOnlyList<string> Lines, string Link)
{
    /// <summary>A meeting's calendar entry, attached to the e-mail as .ics.</summary>
    public Documents.IcsEntry? Meeting { get; init; }

    /// <summary>One id for an item made of two (a rule's deadline of one meeting, a requirement in one branch), so each is its own reminder.</summary>
    public static Guid IdOf(Guid first, Guid second)
    {
        var (a, b) = (first.ToByteArray(), second.ToByteArray());
        return new Guid(a.Zip(b, (x, y) => (byte)(x ^ y)).ToArray());
    }
}

/// <summary>What every source reads from: the run's day, who holds what, the organisation tree and names.</summary>
public sealed record ReminderContext(LocalDate Day, RecipientIndex Index, Domain.Register.OrganisationTree Tree, IReadOnlyDictionary<Guid, string> OrganisationNames,
    string BaseUrl)
{
    /// <summary>How far ahead sources look: no one can ask for a reminder further ahead.</summary>
    public LocalDate Horizon => Day.PlusDays(ReminderKinds.MaxDaysBefore);

    /// <summary>How far back: an overdue reminder or checklist stays due this long after its date, plus a quiet period's length.</summary>
    public LocalDate LookBack => Day.PlusDays(-(ReminderWindow.DaysAfter + 45));

    public string NameOf(Guid organisationId) => OrganisationNames.GetValueOrDefault(organisationId, "");
}

/// <summary>A kind of item that can be due for a reminder; each feature's items are read by one source here.</summary>
public abstract class ReminderSource
{
    public abstract Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct);

    /// <summary>Those who hold an office of the type where a task names it (an organisation or a body), and why they get the reminder.</summary>
    protected static (IReadOnlyList<Guid> People, string Who) Holders(ReminderContext c, Guid type, Guid place)
    {
        var held = c.Index.InOrganisation(place).Concat(c.Index.OnBody(place)).Where(o => o.TypeId == type).ToList();
        return held.Count == 0 ? ([], "") : ([.. held.Select(o => o.PersonId).Distinct()], $"du har vervet {held[0].TypeName.ToLowerInvariant()}, som har oppgaven");
    }
}
