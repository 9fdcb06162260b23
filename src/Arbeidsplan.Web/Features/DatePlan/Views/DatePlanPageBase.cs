using Arbeidsplan.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

/// <summary>What the date plan's views share: the query string filters, the chosen organisation and the loaded year.</summary>
public abstract class DatePlanPageBase : Shared.PageComponent
{
    [Inject] protected CalendarQueries Queries { get; set; } = default!;
    [Inject] protected OrganisationSwitcher Switcher { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "org")] public Guid? OrganisationId { get; set; }
    [SupplyParameterFromQuery(Name = "ar")] public int? Year { get; set; }
    [SupplyParameterFromQuery(Name = "arrangor")] public Guid? OrganiserId { get; set; }
    [SupplyParameterFromQuery(Name = "type")] public Guid? KindId { get; set; }
    [SupplyParameterFromQuery(Name = "organ")] public Guid? BodyId { get; set; }
    [SupplyParameterFromQuery(Name = "lokallag")] public bool WithBranches { get; set; }

    protected CalendarFilter Filter { get; private set; } = new();
    protected ShellInfo Shell { get; private set; } = default!;
    protected DatePlanView? View { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        Shell = await Switcher.LoadAsync();
        Filter = new CalendarFilter
        {
            OrganisationId = OrganisationId ?? Shell.SelectedId, Year = Year is >= 2000 and <= 2100 ? Year : null, OrganiserId = OrganiserId, KindId = KindId,
            BodyId = BodyId, WithBranches = WithBranches,
        };
        View = Filter.OrganisationId is null ? null : await Queries.YearAsync(Filter);
        if (View is null)
        {
            Navigation.NotFound();
        }
    }
}
