namespace Tracker.Api.Actors;

/// <summary>
/// Who organised, sponsored, took part in and was addressed by an event (the <c>Actor</c> union, in printed order):
/// a field per role, as <c>Legislation</c> has its sponsors and actors and <c>Statement</c> its addressees.
/// </summary>
[GraphQLType(TypeNames.Event)]
public sealed class EventActorResolvers(ActorLoaders actors)
{
    public Task<IReadOnlyList<object>> Organizers([Parent] EventModel ev) => Playing(ev, ActorRole.Organizer);

    public Task<IReadOnlyList<object>> Sponsors([Parent] EventModel ev) => Playing(ev, ActorRole.Sponsor);

    public Task<IReadOnlyList<object>> Participants([Parent] EventModel ev) => Playing(ev, ActorRole.Participant);

    public Task<IReadOnlyList<object>> AddressedTo([Parent] EventModel ev) => Playing(ev, ActorRole.AddressedTo);

    private Task<IReadOnlyList<object>> Playing(EventModel ev, ActorRole role) => actors.OfAsync(ActorOwner.Event, ev.Key, role);
}
