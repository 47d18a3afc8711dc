using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Awaits the moment the server has registered subscribers on a topic of its in-memory bus, so that a test
/// publishes only once someone listens: woken by each subscriber change on the bus. Bounded: fails after 30 s.
/// </summary>
internal static class LiveSubscribers
{
    public static async Task WaitForAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, string topic, int count = 1)
        where TEntryPoint : class
    {
        var bus = factory.Services.GetRequiredService<InMemoryTopicBus>();
        await Signalled.WaitUntilAsync(
            () => bus.NextSubscriberChange,
            () => bus.SubscriberCount(topic) >= count,
            () => $"Expected {count} subscriber(s) on \"{topic}\", found {bus.SubscriberCount(topic)} after 30 s.",
            TimeSpan.FromSeconds(30));
    }
}
