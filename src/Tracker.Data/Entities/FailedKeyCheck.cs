namespace Tracker.Data.Entities;

/// <summary>
/// A key check that failed, from one client address. Kept in the database so that every server instance counts
/// the same failures (an address blocked on one is blocked on all), and pruned once older than the window.
/// </summary>
public sealed class FailedKeyCheck
{
    public long Id { get; set; }

    /// <summary>The client's address as the server sees it, after trusted proxies' forwarded headers.</summary>
    public required string Client { get; set; }

    public DateTime At { get; set; }
}
