using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Everything one execution of one operation shares (graphql-js's validated execution args).</summary>
internal sealed class ExecutionContext
{
    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required Dictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required VariableValues Variables { get; init; }

    public required OperationExecution Shared { get; init; }

    public required FieldResolver FieldResolver { get; init; }

    public required TypeResolver TypeResolver { get; init; }

    public bool HideSuggestions { get; init; }

    public ErrorCollector Errors { get; } = new();

    public CancellationToken CancellationToken => Shared.CancellationToken;

    /// <summary>
    /// Finds the operation to run and the fragments (spec §6.1 GetOperation), or explains why it cannot.
    /// </summary>
    public static (OperationDefinitionNode? Operation, Dictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error) SelectOperation(
        DocumentNode document,
        string? operationName)
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        if (operation is not null)
                        {
                            return (null, fragments, new GraphQLError("Must provide operation name if query contains multiple operations."));
                        }
                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation = candidate;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }
        if (operation is null)
        {
            return (null, fragments, new GraphQLError(operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation."));
        }
        return (operation, fragments, null);
    }
}
