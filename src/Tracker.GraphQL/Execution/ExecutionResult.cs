namespace Tracker.GraphQL.Execution;

/// <summary>
/// A GraphQL response (spec §7.1): <c>data</c> (absent when a request error stopped execution before it
/// started, null when null propagated to the root) and <c>errors</c>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>Whether the response has a <c>data</c> entry at all.</summary>
    public bool HasData { get; }

    /// <summary>The data (ordered as the selection set); null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Response extensions (cost, tracing...); null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request error: no execution happened, so no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    /// <summary>An executed result; <paramref name="data"/> is null when null propagated to the root.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new(true, data, errors);

    /// <summary>The same result with response extensions (written last, after <c>errors</c> and <c>data</c>).</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(HasData, Data, Errors) { Extensions = extensions };
}
