namespace Tracker.Api.Actors;

/// <summary>
/// One actor link as one statement reads it: the owner's key, the role the link plays (a statement may read several)
/// and the person, organisation or body it names.
/// </summary>
internal sealed record ActorRecord(int Owner, ActorRole Role, PersonModel? Person, OrganizationModel? Organization, BodyModel? Body);
