using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>The pattern of a kind of year, month by month ("Aktivitetsplan: Valgår / Mellomår"), applied to a year as drafts.</summary>
public sealed class EventTemplate : IVersioned, IAudited
{
    private readonly List<TemplateItem> items = [];

    private EventTemplate() => Name = "";

    public EventTemplate(Guid organisationId, string name, YearType yearType)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, yearType);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public YearType YearType { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }
    public IReadOnlyList<TemplateItem> Items => items;

    public void Update(string name, YearType yearType)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        YearType = yearType;
    }

    public void ReplaceItems(IEnumerable<(int Month, int? Day, Guid KindId, string Title)> rows)
    {
        items.Clear();
        var order = 0;
        foreach (var row in rows)
        {
            items.Add(new TemplateItem(Id, row.Month, row.Day, row.KindId, row.Title, order += 10));
        }
    }

    /// <summary>Draft events of <paramref name="year"/>: on the item's day, or spanning the month when the template gives none.</summary>
    public IReadOnlyList<Event> Apply(int year, Guid organisationId) =>
        items.OrderBy(i => i.Month).ThenBy(i => i.Order)
            .Select(i => new Event(organisationId, new EventDetails(i.KindId, i.Title), i.WhenIn(year), null, EventStatus.Draft) { CopiedFromId = i.Id })
            .ToList();
}
