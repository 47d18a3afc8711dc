using System.Diagnostics;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Executes requests (spec §6; graphql-js execute / subscribe).</summary>
public static class Executor
{
    /// <summary>graphql-js's execute refuses a schema with these: such a schema is executed with <see cref="ExecuteIncrementallyAsync"/>.</summary>
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
        if (args.Telemetry is { } telemetry && telemetry.ActivitySource.HasListeners())
        {
            return ExecuteTracedAsync(context, args, telemetry);
        }
        return ExecutionScheduler.Run(static state => ExecuteOperation(state.Context, state.RootValue), (Context: context, args.RootValue), args.BatchDispatcher, args.CancellationToken);
    }

    /// <summary>
    /// The same inside an execution span. Started in this async method, the span is the current activity of the
    /// execution (DataLoader batches become its children) without leaking to the caller.
    /// </summary>
    private static async ValueTask<ExecutionResult> ExecuteTracedAsync(ValidatedExecutionArgs context, ExecutionArgs args, GraphQLTelemetry telemetry)
    {
        using var activity = StartExecuteSpan(context, telemetry);
        var result = await ExecutionScheduler.Run(() => ExecuteOperation(context, args.RootValue), args.BatchDispatcher, args.CancellationToken);
        SetErrorStatus(activity, result.Errors);
        return result;
    }

    /// <summary>The execution span, with the operation's type and name, and resolver spans under it when configured.</summary>
    private static Activity? StartExecuteSpan(ValidatedExecutionArgs context, GraphQLTelemetry telemetry)
    {
        var activity = telemetry.ActivitySource.StartActivity(GraphQLTelemetry.ExecuteSpan);
        if (activity is not null)
        {
            activity.SetTag(GraphQLTelemetry.OperationTypeTag, context.Operation.Operation.Keyword());
            activity.SetTag(GraphQLTelemetry.OperationNameTag, context.Operation.Name?.Value);
            if (telemetry.ResolverSpanThreshold is { } threshold)
            {
                context.ResolverSpans = new ResolverSpans(telemetry.ActivitySource, activity.Context, threshold);
            }
        }
        return activity;
    }

    private static void SetErrorStatus(Activity? activity, IReadOnlyList<GraphQLError>? errors)
    {
        if (errors is { Count: > 0 })
        {
            // The count, not the messages: a message can quote an argument's value.
            activity?.SetStatus(ActivityStatusCode.Error, errors.Count == 1 ? "1 field error" : $"{errors.Count} field errors");
        }
    }

    internal static async ValueTask<ExecutionResult> ExecuteOperation(ValidatedExecutionArgs context, object? rootValue)
    {
        var data = await new OperationExecutor(context).ExecuteRootAsync(rootValue);
        if (context.UnexpectedIncrementalDelivery is { } unexpected)
        {
            // graphql-js aborts the whole execution (it throws); the error alone answers, without data.
            return ExecutionResult.FromErrors([unexpected]);
        }
        return ExecutionResult.FromData(data, context.Errors.Snapshot());
    }

    /// <summary>
    /// Executes a validated document with incremental delivery (graphql-js experimentalExecuteIncrementally): a
    /// schema may declare <c>@defer</c> and <c>@stream</c> (<see cref="IncrementalDirectives"/>), and an operation
    /// using them gets an initial result and then, as its deferred fragments and streamed items complete,
    /// subsequent payloads in graphql-js 17.1.0's format. An operation that defers nothing (or a request error)
    /// gets a single result, the one <see cref="ExecuteAsync"/> would give. As in graphql-js (without early
    /// execution), deferred work starts once the subsequent payloads are first asked for. Throws only
    /// <see cref="OperationCanceledException"/> when <see cref="ExecutionArgs.CancellationToken"/> fires; the same
    /// token, or disposing the subsequent payloads' enumerator, cancels the deferred work.
    /// </summary>
    public static async ValueTask<IncrementalExecutionResult> ExecuteIncrementallyAsync(ExecutionArgs args)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(args.CancellationToken);
        var (context, errors) = Prepare(args, cancellation.Token);
        if (context is null)
        {
            cancellation.Dispose();
            return new IncrementalExecutionResult(ExecutionResult.FromErrors(errors!));
        }
        var scheduler = new ExecutionScheduler();
        var execution = new IncrementalExecution(scheduler, args.BatchDispatcher, cancellation);
        // The execution span covers the initial result; the deferred work is delivered after it has ended.
        using var activity = args.Telemetry is { } telemetry && telemetry.ActivitySource.HasListeners() ? StartExecuteSpan(context, telemetry) : null;
        IncrementalWork work;
        ResultMap? data;
        try
        {
            var executor = new OperationExecutor(context, new IncrementalState(execution, DeferUsageSet.Empty));
            data = await scheduler.RunAsync(() => executor.ExecuteRootAsync(args.RootValue), args.BatchDispatcher, args.CancellationToken).ConfigureAwait(false);
            work = executor.TakeIncrementalWork();
        }
        catch
        {
            execution.Dispose();
            throw;
        }
        var resultErrors = context.Errors.Snapshot();
        SetErrorStatus(activity, resultErrors);
        if (work.IsEmpty || data is null)
        {
            execution.Dispose();
            return new IncrementalExecutionResult(ExecutionResult.FromData(data, resultErrors));
        }
        var graph = new IncrementalGraph(work);
        var publisher = new IncrementalPublisher();
        var initial = new InitialIncrementalExecutionResult(data, resultErrors.Count > 0 ? resultErrors : null, publisher.Pending(graph.InitialGroups, graph.InitialStreams));
        return new IncrementalExecutionResult(initial, new SubsequentResultStream(execution, graph, publisher));
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
    internal static (ValidatedExecutionArgs? Context, IReadOnlyList<GraphQLError>? Errors) Prepare(ExecutionArgs args) =>
        Prepare(args, args.CancellationToken);

    /// <param name="cancellationToken">What resolvers see as the request's cancellation.</param>
    private static (ValidatedExecutionArgs? Context, IReadOnlyList<GraphQLError>? Errors) Prepare(ExecutionArgs args, CancellationToken cancellationToken)
    {
        var schemaErrors = SchemaValidator.Validate(args.Schema);
        if (schemaErrors.Count > 0)
        {
            return (null, schemaErrors);
        }
        var (operation, fragments, error) = ValidatedExecutionArgs.SelectOperation(args.Document, args.OperationName);
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
        var fieldResolver = args.DefaultFieldResolver ?? DefaultResolvers.Field;
        var context = new ValidatedExecutionArgs
        {
            Schema = args.Schema,
            Operation = operation,
            Fragments = fragments,
            Variables = variables,
            SharedFields = SharedFieldSets.For(args.Schema, fieldResolver, operation, fragments),
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
                CancellationToken = cancellationToken,
            },
            FieldResolver = fieldResolver,
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
