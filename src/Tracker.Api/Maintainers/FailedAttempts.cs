using System.Collections.Concurrent;

namespace Tracker.Api.Maintainers;

/// <summary>
/// Slows down key guessing: after <c>MaxFailures</c> failed key checks from one client address within
/// <see cref="Window"/>, that address's keys are not even checked until the window has passed.
/// </summary>
public sealed class FailedAttempts(TimeProvider clock, IConfiguration configuration)
{
    /// <summary><c>Tracker:Auth:MaxFailedAttempts</c>, default 10.</summary>
    public int MaxFailures { get; } = configuration.GetValue("Tracker:Auth:MaxFailedAttempts", 10);

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();

    public bool IsBlocked(string client)
    {
        if (!_failures.TryGetValue(client, out var failures))
        {
            return false;
        }
        lock (failures)
        {
            Prune(failures);
            if (failures.Count == 0)
            {
                // Forget quiet addresses, so that many one-off failures cannot grow the table without bound.
                _failures.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(client, failures));
            }
            return failures.Count >= MaxFailures;
        }
    }

    public void Record(string client)
    {
        var failures = _failures.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Prune(failures);
            failures.Enqueue(clock.GetUtcNow());
        }
    }

    private void Prune(Queue<DateTimeOffset> failures)
    {
        var cutoff = clock.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() < cutoff)
        {
            failures.Dequeue();
        }
    }
}
