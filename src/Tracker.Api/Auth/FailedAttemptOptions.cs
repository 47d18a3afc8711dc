namespace Tracker.Api.Auth;

/// <summary>How key guessing is slowed down: at most <paramref name="MaxFailures"/> failed key checks per client address within <paramref name="Window"/>.</summary>
/// <param name="MaxFailures"><c>Tracker:Auth:MaxFailedAttempts</c>, default 10.</param>
/// <param name="Window"><c>Tracker:Auth:FailedAttemptWindow</c>, default 5 minutes.</param>
public sealed record FailedAttemptOptions(int MaxFailures, TimeSpan Window)
{
    public static FailedAttemptOptions From(IConfiguration configuration)
    {
        var options = new FailedAttemptOptions(
            configuration.GetValue("Tracker:Auth:MaxFailedAttempts", 10),
            configuration.GetValue("Tracker:Auth:FailedAttemptWindow", TimeSpan.FromMinutes(5)));
        return options.MaxFailures > 0 && options.Window > TimeSpan.Zero
            ? options
            : throw new InvalidOperationException("Tracker:Auth:MaxFailedAttempts and Tracker:Auth:FailedAttemptWindow must be positive.");
    }

    /// <summary>The window in words, for the refusal's message.</summary>
    public string WindowInWords => Window.TotalMinutes >= 1
        ? $"{Math.Ceiling(Window.TotalMinutes):0} minute{(Math.Ceiling(Window.TotalMinutes) == 1 ? "" : "s")}"
        : $"{Math.Ceiling(Window.TotalSeconds):0} seconds";
}
