namespace Tracker.Api.Actors;

/// <summary>A legislation stage's bounds, who acted (at most one record, and the name as printed) and its vote.</summary>
[GraphQLType(TypeNames.LegislationStage)]
public sealed class StageActorResolvers(ModelLoader loader, ActorLoaders actors)
{
    public async Task<object?> Actor([Parent] LegislationStageModel stage) =>
        (await actors.OfAsync(ActorOwner.LegislationStage, stage.Key, ActorRole.Actor)).FirstOrDefault();

    public async Task<string?> ActorName([Parent] LegislationStageModel stage) => (await RecordAsync(stage))?.ActorName;

    public async Task<DateOnly?> EarliestOn([Parent] LegislationStageModel stage) => (await RecordAsync(stage))?.EarliestOn;

    public async Task<DateOnly?> LatestOn([Parent] LegislationStageModel stage) => (await RecordAsync(stage))?.LatestOn;

    /// <summary>Null where no vote is recorded (no tally and no words for one).</summary>
    public async Task<VoteModel?> Vote([Parent] LegislationStageModel stage) =>
        await RecordAsync(stage) is { } record and not { VoteYes: null, VoteNo: null, VoteAbstain: null, VoteText: null }
            ? new VoteModel(record.VoteYes, record.VoteNo, record.VoteAbstain, record.VoteText)
            : null;

    private Task<StageRecordModel?> RecordAsync(LegislationStageModel stage) =>
        loader.ByKeyAsync<LegislationStage, StageRecordModel, int>("LegislationStage.record", stage.Key, db => db.LegislationStages, s => s.Id, m => m.Key);
}
