namespace Tracker.Api.Messaging;

/// <summary>
/// The SQLite event outbox (see <see cref="OutboxRelay"/>): how often the server looks for events other processes
/// wrote (<c>Tracker:Events:OutboxPollInterval</c>, default 1 s) and how long they are kept before the next writer
/// deletes them (<c>Tracker:Events:OutboxRetention</c>, default 1 hour).
/// </summary>
public sealed record OutboxOptions(TimeSpan PollInterval, TimeSpan Retention)
{
    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Tracker:Events");
        var poll = section.GetValue("OutboxPollInterval", TimeSpan.FromSeconds(1));
        var retention = section.GetValue("OutboxRetention", TimeSpan.FromHours(1));
        if (poll <= TimeSpan.Zero || retention <= TimeSpan.Zero)
        {
            throw new InvalidSettingException("Tracker:Events:OutboxPollInterval and Tracker:Events:OutboxRetention must be positive durations (such as 00:00:01).");
        }
        return new OutboxOptions(poll, retention);
    }
}
