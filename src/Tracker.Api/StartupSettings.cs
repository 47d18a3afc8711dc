using Tracker.Api.Auth;
using Tracker.Api.Jurisdictions;
using Tracker.Data;

namespace Tracker.Api;

/// <summary>
/// The settings the server reads when it starts, before it touches the database: a value it cannot use refuses the
/// start with a message naming the setting. Options built by a singleton's factory are otherwise read at their
/// first use, so the server started on a bad value and failed every request that needed it (every request with a
/// key, every timeline).
/// </summary>
internal static class StartupSettings
{
    /// <summary>On SIGTERM, how long requests still running may finish (<c>Tracker:ShutdownTimeout</c>, 10 s; zero: none).</summary>
    public static TimeSpan ShutdownTimeout(IConfiguration configuration) =>
        // At most a day: the host waits on a cancellation timer, which refuses about 49 days only at shutdown.
        SettingValues.TimeSpanWithin(configuration, "Tracker:ShutdownTimeout", TimeSpan.Zero, TimeSpan.FromDays(1), "00:00:10") ?? TimeSpan.FromSeconds(10);

    /// <summary>Builds the options that singletons read lazily, so that their checks run now.</summary>
    public static void Check(IServiceProvider services)
    {
        _ = services.GetRequiredService<FailedAttemptOptions>();
        _ = services.GetRequiredService<TimelineOptions>();
        _ = services.GetRequiredService<Mutations.DateLimits>();
        _ = services.GetRequiredService<StatusRecordOptions>();
        _ = services.GetRequiredService<Infrastructure.Loading.LoadMemoOptions>();
    }
}
