using Microsoft.Extensions.Configuration;

namespace Tracker.Data.Writes;

/// <summary>How long a change waits for the write lock, and how many changes may wait at once on one server.</summary>
/// <param name="Timeout"><c>Tracker:Writes:LockTimeout</c>, default 10 seconds: then the change is refused as busy.</param>
/// <param name="MaxWaiting"><c>Tracker:Writes:MaxWaiting</c>, default 100: a change arriving when that many wait is refused at once.</param>
public sealed record WriteLockOptions(TimeSpan Timeout, int MaxWaiting)
{
    public static WriteLockOptions Default { get; } = new(TimeSpan.FromSeconds(10), 100);

    /// <summary>
    /// A day: the wait is a cancellation timer, which refuses more than about 49 days only when a mutation first
    /// waits (every mutation then failed), and no change is worth holding a client longer.
    /// </summary>
    public static TimeSpan MaxTimeout { get; } = TimeSpan.FromDays(1);

    public static WriteLockOptions From(IConfiguration configuration)
    {
        var timeout = SettingValues.TimeSpanWithin(configuration, "Tracker:Writes:LockTimeout", TimeSpan.FromMilliseconds(1), MaxTimeout, "00:00:10") ?? Default.Timeout;
        var maxWaiting = SettingValues.WholeNumber(configuration, "Tracker:Writes:MaxWaiting") ?? Default.MaxWaiting;
        return new WriteLockOptions(timeout, maxWaiting);
    }
}
