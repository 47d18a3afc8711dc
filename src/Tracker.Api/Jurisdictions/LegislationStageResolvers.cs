namespace Tracker.Api.Jurisdictions;

/// <summary>The citations of a legislation stage.</summary>
[GraphQLType(TypeNames.LegislationStage)]
public sealed class LegislationStageResolvers(CitationLoaders citations)
{
    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LegislationStageModel stage) => citations.OfAsync(CitationOwner.LegislationStage, stage.Key);
}
