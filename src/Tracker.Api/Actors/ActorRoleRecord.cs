namespace Tracker.Api.Actors;

/// <summary>An <see cref="ActorRecord"/> beside the role its link plays, for a statement that reads several roles at once.</summary>
internal sealed record ActorRoleRecord(ActorRole Role, ActorRecord Record);
