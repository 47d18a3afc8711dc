using Tracker.Data;

namespace Tracker.Api.Auth;

/// <summary>How key guessing is slowed down: at most <paramref name="MaxFailures"/> failed key checks per client address within <paramref name="Window"/>.</summary>
/// <param name="MaxFailures"><c>Tracker:Auth:MaxFailedAttempts</c>, default 10.</param>
/// <param name="Window"><c>Tracker:Auth:FailedAttemptWindow</c>, default 5 minutes.</param>
public sealed record FailedAttemptOptions(int MaxFailures, TimeSpan Window)
{
    /// <summary>
    /// Read when the server starts (<see cref="StartupSettings"/>): read at the first key check instead, a value
    /// it cannot use ("ten", zero, a negative window) let the server start and then fail every request with a key.
    /// </summary>
    public static FailedAttemptOptions From(IConfiguration configuration) => new(
        SettingValues.WholeNumber(configuration, "Tracker:Auth:MaxFailedAttempts") ?? 10,
        // At most a year: the window is subtracted from the clock's time, which a span of millennia takes below year 1.
        SettingValues.TimeSpanWithin(configuration, "Tracker:Auth:FailedAttemptWindow", TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), "00:05:00") ?? TimeSpan.FromMinutes(5));

    /// <summary>The window in words, for the refusal's message.</summary>
    public string WindowInWords => Window.TotalMinutes >= 1
        ? $"{Math.Ceiling(Window.TotalMinutes):0} minute{(Math.Ceiling(Window.TotalMinutes) == 1 ? "" : "s")}"
        : $"{Math.Ceiling(Window.TotalSeconds):0} seconds";
}
