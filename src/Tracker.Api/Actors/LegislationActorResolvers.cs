namespace Tracker.Api.Actors;

/// <summary>Who introduced, decided, supported and opposed a piece of legislation (the <c>Actor</c> union, in printed order).</summary>
[GraphQLType(TypeNames.Legislation)]
public sealed class LegislationActorResolvers(ActorLoaders actors)
{
    public Task<IReadOnlyList<object>> Sponsors([Parent] LegislationModel legislation) => actors.OfAsync(ActorOwner.Legislation, legislation.Key, ActorRole.Sponsor);

    public Task<IReadOnlyList<object>> Actors([Parent] LegislationModel legislation) => actors.OfAsync(ActorOwner.Legislation, legislation.Key, ActorRole.Actor);

    public Task<IReadOnlyList<object>> Supporters([Parent] LegislationModel legislation) => actors.OfAsync(ActorOwner.Legislation, legislation.Key, ActorRole.Supporter);

    public Task<IReadOnlyList<object>> Opponents([Parent] LegislationModel legislation) => actors.OfAsync(ActorOwner.Legislation, legislation.Key, ActorRole.Opponent);
}
