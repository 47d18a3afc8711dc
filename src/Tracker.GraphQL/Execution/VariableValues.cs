namespace Tracker.GraphQL.Execution;

/// <summary>
/// The coerced values of an operation's variables (spec §6.4.1), plus their sources so that literals
/// containing variables can be re-validated with the raw input (graphql-js 17's <c>VariableValues</c>).
/// A variable absent from <see cref="Coerced"/> was not provided and has no default.
/// </summary>
public sealed class VariableValues
{
    private IReadOnlyDictionary<string, VariableSource>? _sources;

    /// <summary>Where the sources are made from when first read, for values coerced by <see cref="Values"/>.</summary>
    private readonly (Types.GraphQLSchema Schema, IReadOnlyList<Language.VariableDefinitionNode> Definitions, IReadOnlyDictionary<string, object?> Inputs)? _sourcesOf;

    public VariableValues(IReadOnlyDictionary<string, VariableSource> sources, IReadOnlyDictionary<string, object?> coerced)
    {
        _sources = sources;
        Coerced = coerced;
    }

    /// <summary>
    /// Values whose sources are made only if something reads them: only literals that name a variable inside a value
    /// being replaced do (<c>ReplaceVariables</c>), and every request with variables made a table of them.
    /// </summary>
    internal VariableValues(Types.GraphQLSchema schema, IReadOnlyList<Language.VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?> inputs, IReadOnlyDictionary<string, object?> coerced)
    {
        _sourcesOf = (schema, definitions, inputs);
        Coerced = coerced;
    }

    /// <summary>The values of every operation without variables: shared, so read-only all the way down.</summary>
    public static VariableValues Empty { get; } = new(
        System.Collections.ObjectModel.ReadOnlyDictionary<string, VariableSource>.Empty,
        System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty);

    /// <summary>Each variable's signature and raw input, by name.</summary>
    public IReadOnlyDictionary<string, VariableSource> Sources =>
        _sources ??= Values.SourcesOf(_sourcesOf!.Value.Schema, _sourcesOf.Value.Definitions, _sourcesOf.Value.Inputs);

    public IReadOnlyDictionary<string, object?> Coerced { get; }
}
