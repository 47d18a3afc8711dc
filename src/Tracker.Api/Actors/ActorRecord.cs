namespace Tracker.Api.Actors;

/// <summary>One actor link as one statement reads it: the owner's key and the person, organisation or body it names.</summary>
internal sealed record ActorRecord(int Owner, PersonModel? Person, OrganizationModel? Organization, BodyModel? Body);
