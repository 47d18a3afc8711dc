namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>What part a person, organisation or body plays in the record an <see cref="ActorLink"/> belongs to.</summary>
public enum ActorRole
{
    /// <summary>Introduced the legislation, or is printed as an event's sponsor.</summary>
    Sponsor,

    /// <summary>Whose decision a piece of legislation, or a stage of it, is.</summary>
    Actor,

    /// <summary>Campaigned for the legislation.</summary>
    Supporter,

    /// <summary>Campaigned against the legislation.</summary>
    Opponent,

    /// <summary>Organised the event.</summary>
    Organizer,

    /// <summary>Took part in the event.</summary>
    Participant,

    /// <summary>The event or statement was addressed to them.</summary>
    AddressedTo,

    /// <summary>Said or did what the statement records.</summary>
    Speaker,

    /// <summary>States the figure of a statistic.</summary>
    AttributedTo,
}
