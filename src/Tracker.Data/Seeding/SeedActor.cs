using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>The one person, organisation or body a seed link names (the others are null).</summary>
internal sealed record SeedActor(Person? Person, Organization? Organization, Body? Body)
{
    public ActorLink Link(ActorRole role, int position) =>
        new() { Role = role, Position = position, Person = Person, Organization = Organization, Body = Body };
}
