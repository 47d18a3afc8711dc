namespace Tracker.Api.Actors;

/// <summary>Which kind of record an actor link belongs to (one owner column per kind).</summary>
public enum ActorOwner
{
    Legislation,
    LegislationStage,
    Event,
    Statement,
    Statistic,
}
