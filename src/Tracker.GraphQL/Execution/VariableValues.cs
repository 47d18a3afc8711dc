namespace Tracker.GraphQL.Execution;

/// <summary>
/// The coerced values of an operation's variables (spec §6.4.1), plus their sources so that literals
/// containing variables can be re-validated with the raw input (graphql-js 17's <c>VariableValues</c>).
/// A variable absent from <see cref="Coerced"/> was not provided and has no default.
/// </summary>
public sealed class VariableValues(
    IReadOnlyDictionary<string, VariableSource> sources,
    IReadOnlyDictionary<string, object?> coerced)
{
    /// <summary>The values of every operation without variables: shared, so read-only all the way down.</summary>
    public static VariableValues Empty { get; } = new(
        System.Collections.ObjectModel.ReadOnlyDictionary<string, VariableSource>.Empty,
        System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty);

    public IReadOnlyDictionary<string, VariableSource> Sources { get; } = sources;

    public IReadOnlyDictionary<string, object?> Coerced { get; } = coerced;
}
