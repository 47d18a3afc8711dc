namespace Tracker.Api.Links;

/// <summary>One reverse link as the database returns it: the owner's key and the linked record's key.</summary>
public sealed record LinkRow
{
    public int Owner { get; init; }

    public int Target { get; init; }
}
