using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Coercion of variables (spec §6.4.1 CoerceVariableValues) and arguments (§6.4.1 CoerceArgumentValues),
/// with graphql-js 17's error messages.
/// </summary>
public static class Values
{
    /// <summary>
    /// Coerces the raw variable inputs of an operation. Returns the values, or the errors (at most
    /// <paramref name="maxErrors"/>, then an "error limit reached" error).
    /// </summary>
    public static (VariableValues? Values, IReadOnlyList<GraphQLError> Errors) GetVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs,
        int maxErrors = 50,
        bool hideSuggestions = false)
    {
        if (definitions.Count == 0)
        {
            return (VariableValues.Empty, []);
        }
        var coerced = new NamedValues(definitions.Count);
        // Made with the first error: a request's variables are usually valid, and then nothing is made for errors.
        VariableErrors? errors = null;
        try
        {
            for (var d = 0; d < definitions.Count; d++)
            {
                CoerceVariable(schema, definitions[d], inputs, coerced, hideSuggestions, ref errors, maxErrors);
            }
        }
        catch (GraphQLError error)
        {
            (errors ??= new VariableErrors(maxErrors)).List.Add(error);
        }
        return errors is null ? (new VariableValues(schema, definitions, inputs, coerced), []) : (null, errors.List);
    }

    /// <summary>
    /// The sources of variables that coerced without errors (<see cref="VariableValues.Sources"/>): each one's signature
    /// and raw input, made when first read.
    /// </summary>
    internal static IReadOnlyDictionary<string, VariableSource> SourcesOf(GraphQLSchema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?> inputs)
    {
        var sources = new Dictionary<string, VariableSource>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var hasValue = inputs.TryGetValue(name, out var value);
            sources[name] = new VariableSource(SignatureOf(schema, definition)!, hasValue, value);
        }
        return sources;
    }

    /// <summary>
    /// The variable's name, type and default for <paramref name="schema"/>, resolved once per node and schema (see
    /// <see cref="KeptSignatures"/>); null when its type is no input type of the schema.
    /// </summary>
    private static VariableSignature? SignatureOf(GraphQLSchema schema, VariableDefinitionNode definition)
    {
        if (KeptSignatures.TryGetValue(definition, out var kept) && ReferenceEquals(kept.Schema, schema))
        {
            return kept.Signature;
        }
        var type = TypeComparators.TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            return null;
        }
        var signature = new VariableSignature(definition.Variable.Name.Value, type, definition.DefaultValue);
        KeptSignatures.AddOrUpdate(definition, new KeptSignature(schema, signature));
        return signature;
    }

    private sealed record KeptSignature(GraphQLSchema Schema, VariableSignature Signature);

    /// <summary>
    /// Each variable's signature by its node, for as long as the node lives: a parsed document is kept and shared by
    /// every request that sends it, and its variables' types are the same for each. Replaced whole, so a reader sees
    /// one schema's signature or another's. A table rather than a field of the node, which every parse would pay for.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VariableDefinitionNode, KeptSignature> KeptSignatures = new();

    /// <summary>The errors of coercing one operation's variables, refusing more than the limit (graphql-js's "error limit reached").</summary>
    private sealed class VariableErrors(int maxErrors)
    {
        public List<GraphQLError> List { get; } = [];

        public void Add(GraphQLError error)
        {
            if (List.Count >= maxErrors)
            {
                throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
            }
            List.Add(error);
        }
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        NamedValues coerced,
        bool hideSuggestions,
        ref VariableErrors? errors,
        int maxErrors)
    {
        var name = definition.Variable.Name.Value;
        var signature = SignatureOf(schema, definition);
        if (signature is null)
        {
            (errors ??= new VariableErrors(maxErrors)).Add(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                definition.Type));
            return;
        }
        var type = signature.Type;
        var hasValue = inputs.TryGetValue(name, out var value);
        if (!hasValue)
        {
            if (definition.DefaultValue is { } defaultLiteral)
            {
                if (InputValueCoercion.TryCoerceInputLiteral(defaultLiteral, type, null, out var defaultValue))
                {
                    coerced.Set(name, defaultValue);
                }
                else
                {
                    ReportInvalidDefault(definition, name, defaultLiteral, type, errors ??= new VariableErrors(maxErrors), hideSuggestions);
                }
                return;
            }
            if (type is not NonNullType)
            {
                return;
            }
        }
        if (InputValueCoercion.TryCoerceInputValue(value, type, out var coercedValue) && (hasValue || type is not NonNullType))
        {
            coerced.Set(name, coercedValue);
            return;
        }
        ReportInvalidValue(definition, name, value, hasValue, type, errors ??= new VariableErrors(maxErrors), hideSuggestions);
    }

    // The error paths are methods of their own: a lambda capturing the coercion's locals would make the compiler
    // allocate their closure on entry to every coercion, valid or not.
    private static void ReportInvalidDefault(VariableDefinitionNode definition, string name, ValueNode defaultLiteral, IGraphQLType type, VariableErrors errors, bool hideSuggestions) =>
        InputValueValidation.ValidateInputLiteral(defaultLiteral, type, (error, path) =>
            errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value{PrintPath(path)}: {error.Message}", definition)), null, hideSuggestions);

    private static void ReportInvalidValue(VariableDefinitionNode definition, string name, object? value, bool hasValue, IGraphQLType type, VariableErrors errors, bool hideSuggestions) =>
        InputValueValidation.ValidateInputValue(value, hasValue, type, (error, path) =>
            errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value{PrintPath(path)}: {error.Message}", [definition], error)), hideSuggestions);

    /// <summary>
    /// The coerced arguments of a field or directive use; throws a located <see cref="GraphQLError"/> when one is invalid.
    /// Absent arguments without defaults are absent from the result.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(
        IReadOnlyList<ArgumentDefinition> definitions,
        Node node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        VariableValues? variables,
        bool hideSuggestions = false)
    {
        var coerced = new NamedValues(definitions.Count);
        // Indexed: the definitions are an interface-typed list, whose enumerator would be boxed for every field.
        for (var d = 0; d < definitions.Count; d++)
        {
            var definition = definitions[d];
            // The last one wins when a (not validated) document repeats an argument, as in graphql-js's map.
            ArgumentNode? argumentNode = null;
            for (var i = argumentNodes.Count - 1; i >= 0; i--)
            {
                if (argumentNodes[i].Name.Value == definition.Name)
                {
                    argumentNode = argumentNodes[i];
                    break;
                }
            }
            CoerceArgument(coerced, node, definition, argumentNode, variables, hideSuggestions);
        }
        return coerced;
    }

    /// <summary>The arguments of the named directive on a node, or null when the node does not carry it.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives,
        VariableValues? variables,
        bool hideSuggestions = false)
    {
        foreach (var directiveNode in directives)
        {
            if (directiveNode.Name.Value == directive.Name)
            {
                return GetArgumentValues(directive.Arguments, directiveNode, directiveNode.Arguments, variables, hideSuggestions);
            }
        }
        return null;
    }

    private static void CoerceArgument(
        NamedValues coerced,
        Node node,
        ArgumentDefinition definition,
        ArgumentNode? argumentNode,
        VariableValues? variables,
        bool hideSuggestions)
    {
        if (argumentNode is null)
        {
            if (definition.IsRequired)
            {
                throw new GraphQLError($"Argument \"{definition.Coordinate}\" of required type \"{definition.Type}\" was not provided.", node);
            }
            UseDefault(coerced, node, definition, hideSuggestions);
            return;
        }
        var valueNode = argumentNode.Value;
        if (valueNode is VariableNode variable && InputValueCoercion.IsMissingVariable(variable, variables) && !definition.IsRequired)
        {
            UseDefault(coerced, node, definition, hideSuggestions);
            return;
        }
        if (InputValueCoercion.TryCoerceInputLiteral(valueNode, definition.Type, variables, out var value))
        {
            coerced.Set(definition.Name, value);
            return;
        }
        throw InvalidArgument(definition, valueNode, variables, hideSuggestions);
    }

    /// <summary>
    /// The first problem validation finds in an argument that did not coerce. A method of its own: a lambda capturing
    /// the coercion's parameters would make the compiler allocate their closure on entry to every coercion.
    /// </summary>
    private static GraphQLError InvalidArgument(ArgumentDefinition definition, ValueNode valueNode, VariableValues? variables, bool hideSuggestions)
    {
        GraphQLError? first = null;
        InputValueValidation.ValidateInputLiteral(valueNode, definition.Type, (error, path) =>
        {
            first ??= new GraphQLError(
                $"Argument \"{definition.Coordinate}\" has invalid value{PrintPath(path)}: {error.Message}",
                error.Nodes,
                error.OriginalError);
        }, variables, hideSuggestions);
        return first ?? new GraphQLError($"Argument \"{definition.Coordinate}\" has invalid value.", valueNode);
    }

    /// <summary>
    /// Uses the argument's default (graphql-js maybeUseDefaultValue). A default that does not coerce (only
    /// possible when schema validation was bypassed) is reported with the first problem validation finds in it.
    /// </summary>
    private static void UseDefault(NamedValues coerced, Node node, ArgumentDefinition definition, bool hideSuggestions)
    {
        try
        {
            if (InputValueCoercion.TryCoerceDefaultValue(definition, out var defaultValue))
            {
                coerced.Set(definition.Name, defaultValue);
            }
        }
        catch (GraphQLError error)
        {
            throw InvalidDefault(node, definition, error, hideSuggestions);
        }
    }

    /// <summary>The first problem validation finds in a default that did not coerce (a method of its own, as <see cref="InvalidArgument"/>).</summary>
    private static GraphQLError InvalidDefault(Node node, ArgumentDefinition definition, GraphQLError error, bool hideSuggestions)
    {
        GraphQLError? first = null;
        void Report(GraphQLError problem, IReadOnlyList<object> path) =>
            first ??= new GraphQLError($"Argument \"{definition.Coordinate}\" has invalid default value{PrintPath(path)}: {problem.Message}", node);
        if (definition.DefaultValueLiteral is { } literal)
        {
            InputValueValidation.ValidateInputLiteral(literal, definition.Type, Report, null, hideSuggestions);
        }
        else
        {
            InputValueValidation.ValidateInputValue(definition.DefaultValue, true, definition.Type, Report, hideSuggestions);
        }
        return first ?? new GraphQLError($"Argument \"{definition.Coordinate}\" has invalid default value: {error.Message}", node);
    }

    /// <summary>graphql-js printPathArray: " at .a[0].b", or "" for the value itself.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }
        var builder = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            builder.Append(key is int index ? $"[{index}]" : $".{key}");
        }
        return builder.ToString();
    }
}
