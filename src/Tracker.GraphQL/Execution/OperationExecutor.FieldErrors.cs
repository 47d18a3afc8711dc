using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Field errors (spec §6.4.4): located, recorded at their path, and propagated to the nearest nullable parent.</summary>
internal sealed partial class OperationExecutor
{
    private async ValueTask<object?> CatchFieldErrorAsync(ValueTask<object?> completion, IGraphQLType returnType, FieldGroup group, LazyPath path)
    {
        try
        {
            return await completion;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, group, path).Result;
        }
    }

    /// <summary>
    /// A field error (spec §6.4.4): a non-null field passes it on to its parent (returned as a faulted task);
    /// otherwise it is recorded and the field is null.
    /// </summary>
    private ValueTask<object?> HandleFieldError(Exception exception, IGraphQLType returnType, FieldGroup group, LazyPath lazyPath)
    {
        var path = lazyPath.Get();
        var error = Locate(exception, group.Nodes, path);
        if (returnType is NonNullType && _context.ErrorPropagation)
        {
            return ValueTask.FromException<object?>(error);
        }
        _context.Errors.Add(error, path);
        return new ValueTask<object?>((object?)null);
    }

    private static GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> nodes, ResponsePath? path) =>
        LocatedErrors.Locate(exception, nodes, path);

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;
}
