using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// What a subscription event holds while it executes: its slot among the events executing, then its DI scope. The
/// slot goes back first: disposing the scope can wait on work the event left behind (a probe on PostgreSQL found an
/// abandoned event's read that never ended, so its database's dispose waited for good), and a slot held through that
/// would, a few such events later, stop every subscription on the server.
/// </summary>
internal sealed class EventLifetime(AsyncServiceScope scope, IAsyncDisposable slot) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await slot.DisposeAsync();
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }
}
