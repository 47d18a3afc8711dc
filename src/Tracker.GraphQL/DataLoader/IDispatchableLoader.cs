namespace Tracker.GraphQL.DataLoader;

/// <summary>A loader the scope can dispatch.</summary>
internal interface IDispatchableLoader
{
    bool HasPendingKeys { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}
