using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Tracker.Data.Writes;

/// <summary>How long a change waits for the write lock, and how many changes may wait at once on one server.</summary>
/// <param name="Timeout"><c>Tracker:Writes:LockTimeout</c>, default 10 seconds: then the change is refused as busy.</param>
/// <param name="MaxWaiting"><c>Tracker:Writes:MaxWaiting</c>, default 100: a change arriving when that many wait is refused at once.</param>
public sealed record WriteLockOptions(TimeSpan Timeout, int MaxWaiting)
{
    public static WriteLockOptions Default { get; } = new(TimeSpan.FromSeconds(10), 100);

    public static WriteLockOptions From(IConfiguration configuration)
    {
        var timeout = configuration["Tracker:Writes:LockTimeout"] is { Length: > 0 } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero
                ? parsed
                : throw new InvalidOperationException($"Tracker:Writes:LockTimeout must be a positive time span such as 00:00:10; \"{text}\" is not.")
            : Default.Timeout;
        var maxWaiting = configuration["Tracker:Writes:MaxWaiting"] is { Length: > 0 } count
            ? int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedCount) && parsedCount > 0
                ? parsedCount
                : throw new InvalidOperationException($"Tracker:Writes:MaxWaiting must be a positive whole number; \"{count}\" is not.")
            : Default.MaxWaiting;
        return new WriteLockOptions(timeout, maxWaiting);
    }
}
