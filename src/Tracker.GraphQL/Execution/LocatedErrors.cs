using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Execution;

/// <summary>graphql-js locatedError: what a resolver or completion failure becomes in the response.</summary>
internal static class LocatedErrors
{
    /// <summary>
    /// The error with the field's nodes and response path, unless it already has a path (it was located
    /// deeper and is passing through). Any exception becomes an error with its message; the exception is
    /// kept as <see cref="GraphQLError.OriginalError"/> so the host can decide what the client may see.
    /// </summary>
    public static GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> nodes, ResponsePath? path)
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }
        var pathList = path?.ToList();
        if (exception is GraphQLError graphQLError)
        {
            return new GraphQLError(
                graphQLError.Message,
                graphQLError.Nodes.Count > 0 ? graphQLError.Nodes : nodes,
                graphQLError.OriginalError ?? graphQLError,
                pathList,
                graphQLError.Extensions);
        }
        return new GraphQLError(exception.Message, nodes, exception, pathList);
    }
}
