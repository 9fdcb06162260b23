using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A chapter of the plan as the document numbers it ("2.1 Målsettinger").</summary>
public sealed class Chapter : IVersioned, IAudited
{
    private Chapter() => Title = "";

    public Chapter(Guid planId, string? number, string title, string? text, int order, Guid? originId = null)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        OriginId = originId;
        Title = "";
        Update(number, title, text, order);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? OriginId { get; private set; }
    public string? Number { get; private set; }
    public string Title { get; private set; }
    public string? Text { get; private set; }
    public int Order { get; private set; }
    public long Version { get; set; }

    public void Update(string? number, string title, string? text, int order)
    {
        Number = Common.Text.Optional(number, nameof(Number), "Nummer", 20);
        Title = Common.Text.Required(title, nameof(Title), "Tittel");
        Text = Common.Text.Optional(text, nameof(Text), "Tekst", 50_000);
        Order = order;
    }
}
