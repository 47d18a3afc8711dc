using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// A request's services, its DI scope opened only when something first asks for one: reading
/// <see cref="HttpContext.RequestServices"/> opens a scope (a feature, the scope and its table of instances, and their
/// disposal when the request ends), which a query whose resolvers need no service (static methods, values in memory)
/// would pay for nothing. It is also the request's DataLoaders as the executor sees them: while no scope is open, no
/// loader exists and nothing waits to be dispatched.
/// </summary>
/// <remarks>
/// Whether a scope is open is read from the request's features, not from what was asked here, so a resolver that
/// reached the scope through the <see cref="HttpContext"/> itself still has its loads dispatched.
/// </remarks>
internal sealed class LazyRequestServices(HttpContext context) : IServiceProvider, IKeyedServiceProvider, ISupportRequiredService, IBatchDispatcher
{
    public object? GetService(Type serviceType) => context.RequestServices.GetService(serviceType);

    public object GetRequiredService(Type serviceType) => context.RequestServices.GetRequiredService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => ((IKeyedServiceProvider)context.RequestServices).GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => context.RequestServices.GetRequiredKeyedService(serviceType, serviceKey);

    /// <summary>The request's DataLoaders if its scope is open (made there on first ask), else null: none can exist.</summary>
    private DataLoaderScope? OpenLoaders() =>
        context.Features.Get<IServiceProvidersFeature>() is { } opened ? opened.RequestServices.GetService<DataLoaderScope>() : null;

    public bool HasPendingWork => OpenLoaders()?.HasPendingWork == true;

    public Task DispatchAsync(CancellationToken cancellationToken) => OpenLoaders()?.DispatchAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>
    /// Only called while the executor waits for resolvers: the scope is opened then, so that a load queued later
    /// from the thread pool (by a resolver that opens the scope only then) still wakes the executor.
    /// </summary>
    public IDisposable WhenWorkQueued(Action wake) =>
        context.RequestServices.GetService<DataLoaderScope>() is { } loaders ? loaders.WhenWorkQueued(wake) : NoLoaders.Instance;

    private sealed class NoLoaders : IDisposable
    {
        public static readonly NoLoaders Instance = new();

        public void Dispose()
        {
        }
    }
}
