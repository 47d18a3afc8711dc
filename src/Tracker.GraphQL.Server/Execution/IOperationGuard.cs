namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Decides whether an operation may run at all, once it is chosen and valid and before any field executes (the
/// caller's rights over every root field, say). Any error refuses the whole request: nothing runs and the
/// response has no data, so a client never has to guess which of its mutations were applied.
/// Guards are resolved from the request's services, so they may depend on scoped services.
/// </summary>
public interface IOperationGuard
{
    ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(GuardedOperation operation, CancellationToken cancellationToken);
}
