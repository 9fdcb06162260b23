using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>One way to show a decision in a list.</summary>
public static class DecisionRows
{
    public static DecisionRow Of(Decision d, string where) => new(d.Id, where, d.DecidedOn, d.Title, d.Text, d.Vote.Text, d.Way);
}
