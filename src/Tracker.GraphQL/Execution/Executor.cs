using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Executes requests (spec §6; graphql-js execute / subscribe).</summary>
public static class Executor
{
    /// <summary>
    /// Executes a validated document (spec §6.1). Request errors (invalid schema, no such operation, bad
    /// variables) give a result with errors and no data; field errors give data with nulls and errors.
    /// Throws only <see cref="OperationCanceledException"/> when <see cref="ExecutionArgs.CancellationToken"/> fires.
    /// </summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        var (context, errors) = Prepare(args);
        if (context is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors!));
        }
        return ExecutionScheduler.Run(() => ExecuteOperation(context, args.RootValue), args.BatchDispatcher, args.CancellationToken);
    }

    private static async ValueTask<ExecutionResult> ExecuteOperation(ExecutionContext context, object? rootValue)
    {
        var data = await new OperationExecutor(context).ExecuteRootAsync(rootValue);
        return ExecutionResult.FromData(data, context.Errors.Snapshot());
    }

    /// <summary>
    /// Subscribes (spec §6.2.3): either an error result, or a stream of results, one per source event,
    /// each the execution of the selection set with the event as root value.
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
            throw new GraphQLError("Expected subscription operation.");
        }
        try
        {
            var stream = await SubscriptionExecutor.CreateSourceEventStreamAsync(context, args.RootValue);
            return new SubscriptionResult(SubscriptionExecutor.MapSourceToResponse(stream, args, context));
        }
        catch (GraphQLError error)
        {
            return new SubscriptionResult(ExecutionResult.FromErrors([error]));
        }
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
            NormalizeInputs(args.VariableValues),
            args.MaxCoercionErrors,
            args.HideSuggestions);
        if (variables is null)
        {
            return (null, variableErrors);
        }
        var shared = new OperationExecution
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
        };
        var context = new ExecutionContext
        {
            Schema = args.Schema,
            Operation = operation,
            Fragments = fragments,
            Variables = variables,
            Shared = shared,
            FieldResolver = args.DefaultFieldResolver ?? DefaultResolvers.Field,
            TypeResolver = args.DefaultTypeResolver ?? DefaultResolvers.Type,
            HideSuggestions = args.HideSuggestions,
        };
        return (context, null);
    }

    /// <summary>Raw variables as JSON-shaped CLR values: a JSON document's elements are converted once here.</summary>
    private static IReadOnlyDictionary<string, object?> NormalizeInputs(IReadOnlyDictionary<string, object?>? inputs)
    {
        if (inputs is null)
        {
            return new Dictionary<string, object?>();
        }
        Dictionary<string, object?>? converted = null;
        foreach (var (name, value) in inputs)
        {
            if (value is System.Text.Json.JsonElement element)
            {
                converted ??= new Dictionary<string, object?>(inputs, StringComparer.Ordinal);
                converted[name] = Utilities.JsonValues.ToClr(element);
            }
        }
        return converted ?? inputs;
    }
}
