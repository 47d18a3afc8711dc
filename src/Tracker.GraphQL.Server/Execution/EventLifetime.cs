using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>What a subscription event holds while it executes: its DI scope, then its slot among the events executing.</summary>
internal sealed class EventLifetime(AsyncServiceScope scope, IAsyncDisposable slot) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await scope.DisposeAsync();
        }
        finally
        {
            await slot.DisposeAsync();
        }
    }
}
