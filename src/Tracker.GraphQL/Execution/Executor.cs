using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Executes requests (spec §6; graphql-js execute / subscribe).</summary>
public static class Executor
{
    /// <summary>graphql-js refuses to execute with these in the schema unless incremental delivery is enabled; we never enable it.</summary>
    private const string UnexpectedExperimentalDirectives =
        "The provided schema unexpectedly contains experimental directives (@defer or @stream). These directives may only be utilized if experimental execution features are explicitly enabled.";

    /// <summary>
    /// Executes a validated document (spec §6.1). Request errors (invalid schema, no such operation, bad
    /// variables) give a result with errors and no data; field errors give data with nulls and errors.
    /// Throws only <see cref="OperationCanceledException"/> when <see cref="ExecutionArgs.CancellationToken"/> fires.
    /// </summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        if (args.Schema.GetDirective("defer") is not null || args.Schema.GetDirective("stream") is not null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors([new GraphQLError(UnexpectedExperimentalDirectives)]));
        }
        var (context, errors) = Prepare(args);
        if (context is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors!));
        }
        return ExecutionScheduler.Run(() => ExecuteOperation(context, args.RootValue), args.BatchDispatcher, args.CancellationToken);
    }

    internal static async ValueTask<ExecutionResult> ExecuteOperation(ExecutionContext context, object? rootValue)
    {
        var data = await new OperationExecutor(context).ExecuteRootAsync(rootValue);
        return ExecutionResult.FromData(data, context.Errors.Snapshot());
    }

    /// <summary>
    /// Subscribes (spec §6.2.3): either an error result, or a stream of results, one per source event,
    /// each the execution of the selection set with the event as root value. Disposing the stream (or
    /// cancelling <see cref="ExecutionArgs.CancellationToken"/> or the enumeration's token) disposes the source.
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args)
    {
        var (context, errors) = Prepare(args);
        if (context is null)
        {
            return new SubscriptionResult(ExecutionResult.FromErrors(errors!));
        }
        if (context.Operation.Operation != OperationType.Subscription)
        {
            // graphql-js throws this; a result is easier on hosts and says the same.
            return new SubscriptionResult(ExecutionResult.FromErrors([new GraphQLError("Expected subscription operation.")]));
        }
        var created = await ExecutionScheduler.Run(
            () => SubscriptionExecutor.CreateSourceEventStreamAsync(context, args.RootValue),
            args.BatchDispatcher,
            args.CancellationToken);
        return created.Stream is { } stream
            ? new SubscriptionResult(SubscriptionExecutor.MapSourceToResponse(stream, context, args.BatchDispatcher, args.EventScope))
            : new SubscriptionResult(ExecutionResult.FromErrors([created.Error!]));
    }

    /// <summary>Validates the schema, selects the operation and coerces variables (graphql-js validateExecutionArgs).</summary>
    internal static (ExecutionContext? Context, IReadOnlyList<GraphQLError>? Errors) Prepare(ExecutionArgs args)
    {
        var schemaErrors = SchemaValidator.Validate(args.Schema);
        if (schemaErrors.Count > 0)
        {
            return (null, schemaErrors);
        }
        var (operation, fragments, error) = ExecutionContext.SelectOperation(args.Document, args.OperationName);
        if (operation is null)
        {
            return (null, [error!]);
        }
        var (variables, variableErrors) = Values.GetVariableValues(
            args.Schema,
            operation.VariableDefinitions,
            VariableInputs.Normalize(args.VariableValues),
            args.MaxCoercionErrors,
            args.HideSuggestions);
        if (variables is null)
        {
            return (null, variableErrors);
        }
        var context = new ExecutionContext
        {
            Schema = args.Schema,
            Operation = operation,
            Fragments = fragments,
            Variables = variables,
            Shared = new OperationExecution
            {
                Schema = args.Schema,
                Document = args.Document,
                Operation = operation,
                Fragments = fragments,
                VariableValues = variables.Coerced,
                RootValue = args.RootValue,
                UserContext = args.UserContext,
                Services = args.Services,
                CancellationToken = args.CancellationToken,
            },
            FieldResolver = args.DefaultFieldResolver ?? DefaultResolvers.Field,
            TypeResolver = args.DefaultTypeResolver ?? DefaultResolvers.Type,
            HideSuggestions = args.HideSuggestions,
            ErrorPropagation = !HasDirective(operation, "experimental_disableErrorPropagation"),
        };
        return (context, null);
    }

    private static bool HasDirective(OperationDefinitionNode operation, string name)
    {
        foreach (var directive in operation.Directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }
        return false;
    }
}
