using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Wraps the server's topic receiver (in memory, or PostgreSQL's LISTEN/NOTIFY bus) and counts the subscriptions
/// opened on each topic, so that a test publishes only once the server listens, whichever bus it runs on.
/// </summary>
internal sealed class OpenedSubscriptions(ITopicEventReceiver inner) : ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, int> _opened = new(StringComparer.Ordinal);
    private readonly Lock _signalling = new();
    private TaskCompletionSource _nextOpening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many subscriptions were ever opened on the topic (a count that only grows).</summary>
    public int Count(string topic) => _opened.GetValueOrDefault(topic);

    public IAsyncEnumerable<TMessage> Subscribe<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        // The inner receiver registers its subscriber here, before the first read: counted after it, so that a
        // count seen by the test means an event published now reaches the subscriber.
        var stream = inner.Subscribe<TMessage>(topic, cancellationToken);
        _opened.AddOrUpdate(topic, 1, (_, count) => count + 1);
        TaskCompletionSource opened;
        lock (_signalling)
        {
            opened = _nextOpening;
            _nextOpening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        opened.SetResult();
        return stream;
    }

    /// <summary>Puts the counter in front of whatever receiver the server registered.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ITopicEventReceiver));
        if (registered?.ImplementationFactory is not { } create)
        {
            return;
        }
        services.AddSingleton(provider => new OpenedSubscriptions((ITopicEventReceiver)create(provider)));
        services.Replace(ServiceDescriptor.Singleton<ITopicEventReceiver>(provider => provider.GetRequiredService<OpenedSubscriptions>()));
    }

    /// <summary>
    /// Awaits (at most 30 s) a subscription opened on the topic after <paramref name="before"/> were: woken by each
    /// opening, not by a timer.
    /// </summary>
    public Task WaitForAsync(string topic, int before) =>
        Signalled.WaitUntilAsync(NextOpening, () => Count(topic) > before, () => $"No subscription was opened on \"{topic}\" within 30 s.", TimeSpan.FromSeconds(30));

    private Task NextOpening()
    {
        lock (_signalling)
        {
            return _nextOpening.Task;
        }
    }
}
