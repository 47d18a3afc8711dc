namespace Tracker.Api.Actors;

/// <summary>Which kind of record an actor link belongs to (one owner column per kind, named after it: <c>EventId</c>).</summary>
public enum ActorOwner
{
    Legislation,
    LegislationStage,
    Event,
    Statement,
    Statistic,
}
