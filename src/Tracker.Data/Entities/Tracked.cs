namespace Tracker.Data.Entities;

/// <summary>
/// A row maintainers can change. <see cref="Version"/> is the optimistic concurrency token: an update
/// carrying a stale version must fail instead of overwriting someone else's change.
/// </summary>
public abstract class Tracked
{
    public int Id { get; set; }

    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
