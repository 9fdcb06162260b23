namespace Arbeidsplan.Domain.Plans;

/// <summary>Who owns a measure: a position type ("Organisatorisk nestleder"), a body ("Fylkesstyret") or an organisation.</summary>
public sealed record MeasureOwner(string Text, Guid? PositionTypeId = null, Guid? BodyId = null, Guid? OrganisationId = null)
{
    public bool IsKnown => PositionTypeId is not null || BodyId is not null || OrganisationId is not null;
}
