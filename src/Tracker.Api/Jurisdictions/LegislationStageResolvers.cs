namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>LegislationStage</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.LegislationStage)]
public sealed class LegislationStageResolvers(CitationLoaders citations, ActorLoaders actors)
{
    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LegislationStageModel stage) => citations.OfAsync(CitationOwner.LegislationStage, stage.Key);

    /// <summary>The one person, organisation or body that acted at this stage (a stage records at most one).</summary>
    public async Task<object?> Actor([Parent] LegislationStageModel stage) =>
        (await actors.OfAsync(ActorOwner.LegislationStage, stage.Key, ActorRole.Actor)).FirstOrDefault();

    /// <summary>Null where no vote is recorded (no tally and no words for one).</summary>
    public static VoteModel? Vote([Parent] LegislationStageModel stage) =>
        stage is { VoteYes: null, VoteNo: null, VoteAbstain: null, VoteText: null }
            ? null
            : new VoteModel(stage.VoteYes, stage.VoteNo, stage.VoteAbstain, stage.VoteText);
}
