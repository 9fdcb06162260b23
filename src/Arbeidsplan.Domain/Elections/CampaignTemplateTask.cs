using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>A task a campaign template starts the plan with: its phase, what to do, the role that owns it and its due date.</summary>
public sealed record CampaignTemplateTask(int Phase, string Title, PositionRole Owner, LocalDate DueOn);
