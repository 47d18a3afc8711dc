using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution.Limits;

/// <summary>
/// Measures a validated operation (depth, aliases, estimated cost, requested page sizes) against
/// <see cref="OperationLimits"/>. Each fragment's measure is computed once per parent type, so repeated
/// fragments cost linear work, not exponential.
/// </summary>
public static class OperationLimitsAnalyzer
{
    private readonly record struct Measure(int Depth, long Aliases, long Cost);

    public static IReadOnlyList<GraphQLError> Check(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        OperationLimits limits) =>
        Check(schema, document, operation, variables, limits, out _);

    /// <summary>
    /// The same, telling whether the verdict read any of the variables: when it did not (no page size, sort or filter
    /// comes from one), every request of this operation under these limits gets the same verdict.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Check(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        OperationLimits limits,
        out bool readVariables)
    {
        var reads = new VariableReads(variables);
        var errors = CheckMeasured(schema, document, operation, reads, limits);
        readVariables = reads.WasRead;
        return errors;
    }

    private static IReadOnlyList<GraphQLError> CheckMeasured(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        OperationLimits limits)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        // A variable the request leaves out takes its default from the operation: it sizes pages as a literal would.
        var defaults = operation.VariableDefinitions.Where(v => v.DefaultValue is not null).ToDictionary(v => v.Variable.Name.Value, v => v.DefaultValue!, StringComparer.Ordinal);
        var analyzer = new Analyzer(schema, fragments, variables, defaults, limits);
        var measure = analyzer.MeasureSelectionSet(schema.GetRootType(operation.Operation), operation.SelectionSet);
        // Most operations pass: they get the shared empty list, and the list is made only for a first error.
        List<GraphQLError>? errors = null;
        if (analyzer.PageErrors is { } pageErrors)
        {
            (errors ??= []).AddRange(pageErrors);
        }
        if (analyzer.InputErrors is { } inputErrors)
        {
            (errors ??= []).AddRange(inputErrors);
        }
        if (measure.Depth > limits.MaxDepth)
        {
            (errors ??= []).Add(Error($"The operation has a depth of {measure.Depth}; at most {limits.MaxDepth} is allowed.", operation, LimitErrorCodes.MaxDepthExceeded));
        }
        if (measure.Aliases > limits.MaxAliases)
        {
            (errors ??= []).Add(Error($"The operation uses {measure.Aliases} aliases; at most {limits.MaxAliases} are allowed.", operation, LimitErrorCodes.MaxAliasesExceeded));
        }
        if (measure.Cost > limits.MaxCost)
        {
            (errors ??= []).Add(Error($"The operation has an estimated cost of {measure.Cost}; at most {limits.MaxCost} is allowed.", operation, LimitErrorCodes.MaxCostExceeded));
        }
        return errors ?? (IReadOnlyList<GraphQLError>)[];
    }

    private static GraphQLError Error(string message, Node node, string code) =>
        new(message, [node], extensions: GraphQLError.Codes(code));

    private sealed class Analyzer(
        GraphQLSchema schema,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        Dictionary<string, ValueNode> variableDefaults,
        OperationLimits limits)
    {
        // Only fragments' selection sets are memoised: a fragment is what a document can repeat (or, unvalidated,
        // make cyclic); any other selection set is reached once per path through fragments, so a memo per set would
        // cost a dictionary entry for every set of every request and save nothing. Made on first use, like the rest.
        private Dictionary<(SelectionSetNode, NamedType?, long?), Measure>? _memo;
        private HashSet<FieldNode>? _reportedPages;
        private HashSet<ArgumentNode>? _measuredArguments;

        /// <summary>Page sizes beyond the limit; null while there is none.</summary>
        public List<GraphQLError>? PageErrors { get; private set; }

        /// <summary>Sort and filter arguments wider than the limits allow; null while there is none.</summary>
        public List<GraphQLError>? InputErrors { get; private set; }

        /// <param name="pageSize">
        /// Set inside a connection (an object returned by a field taking a page size): its list fields
        /// (<c>edges</c>, <c>nodes</c>) hold that many items.
        /// </param>
        public Measure MeasureSelectionSet(NamedType? parentType, SelectionSetNode selectionSet, long? pageSize = null)
        {
            int depth = 0;
            long aliases = 0, cost = 0;
            // Indexed: the selections are an interface-typed list, whose enumerator would be boxed.
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var measure = selections[i] switch
                {
                    FieldNode field => MeasureField(parentType, field, pageSize),
                    InlineFragmentNode inline => MeasureSelectionSet(TypeOf(inline.TypeCondition) ?? parentType, inline.SelectionSet, pageSize),
                    FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                        MeasureFragment(TypeOf(fragment.TypeCondition), fragment.SelectionSet, pageSize),
                    _ => default,
                };
                depth = Math.Max(depth, measure.Depth);
                aliases = Saturate(aliases + measure.Aliases);
                cost = Saturate(cost + measure.Cost);
            }
            return new Measure(depth, aliases, cost);
        }

        /// <summary>A fragment's selection set, measured once per parent type and page size.</summary>
        private Measure MeasureFragment(NamedType? parentType, SelectionSetNode selectionSet, long? pageSize)
        {
            var memo = _memo ??= [];
            if (memo.TryGetValue((selectionSet, parentType, pageSize), out var cached))
            {
                return cached;
            }
            // Guard against cycles in unvalidated documents: a fragment being measured counts as empty.
            memo[(selectionSet, parentType, pageSize)] = default;
            var result = MeasureSelectionSet(parentType, selectionSet, pageSize);
            memo[(selectionSet, parentType, pageSize)] = result;
            return result;
        }

        private Measure MeasureField(NamedType? parentType, FieldNode field, long? connectionPageSize)
        {
            var name = field.Name.Value;
            if (name is "__schema" or "__type" or "__typename")
            {
                // Introspection has its own depth rule and costs nothing to estimate, but its aliases count like any
                // others: a thousand aliased copies of __schema { types } would otherwise pass as one field.
                var introspected = field.SelectionSet is { } introspection
                    ? MeasureSelectionSet(schema.GetType(name == "__schema" ? "__Schema" : "__Type"), introspection)
                    : default;
                return new Measure(0, Saturate(introspected.Aliases + (field.Alias is null ? 0 : 1)), 0);
            }
            var definition = parentType is FieldsType fieldsType ? fieldsType.GetField(name) : null;
            if (definition is not null)
            {
                MeasureInputs(definition, field);
            }
            var (multiplier, childPageSize) = Multiplier(definition, field, connectionPageSize);
            var children = field.SelectionSet is { } selectionSet
                ? MeasureSelectionSet(definition?.Type.GetNamedType(), selectionSet, childPageSize)
                : default;
            // Aliases are counted as written (a list multiplies cost, which the cost budget bounds, not aliases).
            return new Measure(
                children.Depth + 1,
                Saturate(children.Aliases + (field.Alias is null ? 0 : 1)),
                Saturate(1 + (multiplier * children.Cost)));
        }

        /// <summary>
        /// How many times a field's sub-selection is expected to run, and the page size its selection inherits.
        /// A paginated field returning a list multiplies its selection by the page size; one returning an object
        /// (a Relay connection) runs its selection once and passes the page size to the connection's list fields.
        /// </summary>
        private (long Multiplier, long? ChildPageSize) Multiplier(FieldDefinition? definition, FieldNode field, long? connectionPageSize)
        {
            if (definition is null)
            {
                return (1, null);
            }
            var size = PageSizeOf(definition, field);
            if (size is { } pageSize)
            {
                return IsList(definition.Type) ? (pageSize, null) : (1, pageSize);
            }
            return IsList(definition.Type) ? (connectionPageSize ?? limits.DefaultListSize, null) : (1, null);
        }

        /// <summary>The page size a paginated field asks for (its argument, its default, or the configured default); null when it takes none.</summary>
        private long? PageSizeOf(FieldDefinition definition, FieldNode field)
        {
            // Every page-size argument given is checked (first and last both), and the largest sizes the page.
            ArgumentDefinition? paginated = null;
            long? largest = null;
            var pageSizeArguments = limits.PageSizeArguments;
            for (var i = 0; i < pageSizeArguments.Count; i++)
            {
                var argumentName = pageSizeArguments[i];
                if (definition.GetArgument(argumentName) is not { } argument)
                {
                    continue;
                }
                paginated ??= argument;
                if (PageSize(field, argumentName) is { } size)
                {
                    if (size > limits.MaxPageSize && (_reportedPages ??= []).Add(field))
                    {
                        (PageErrors ??= []).Add(Error(
                            $"The field \"{definition.Coordinate}\" asks for a page of {size} items; at most {limits.MaxPageSize} are allowed.",
                            field,
                            LimitErrorCodes.PageSizeExceeded));
                    }
                    largest = Math.Max(largest ?? 0, Math.Max(0, size));
                }
            }
            return largest ?? (paginated is null ? null : DefaultOf(paginated) ?? limits.DefaultPageSize);
        }

        private long? PageSize(FieldNode field, string argumentName)
        {
            var arguments = field.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.Name.Value != argumentName)
                {
                    continue;
                }
                var value = argument.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value)
                    ? variableDefaults.GetValueOrDefault(variable.Name.Value)
                    : argument.Value;
                return value switch
                {
                    IntValueNode literal when long.TryParse(literal.Value, out var number) => number,
                    VariableNode given when variables.GetValueOrDefault(given.Name.Value) is { } raw
                        && Utilities.JsValues.TryGetNumber(raw, out var number) && Utilities.JsValues.IsInteger(number)
                        && number is >= int.MinValue and <= int.MaxValue => (long)number, // beyond Int, coercion reports it
                    _ => null,
                };
            }
            return null;
        }

        /// <summary>
        /// Sort and filter arguments, literal or variable, measured before anything translates them: a sort list of
        /// hundreds of keys or an <c>or</c> of thousands of terms overflows the stack of the query translator
        /// (EF Core's visitors recurse once per key or term), which no exception handler can catch.
        /// </summary>
        private void MeasureInputs(FieldDefinition definition, FieldNode field)
        {
            var arguments = field.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                var name = argument.Name.Value;
                var isSort = limits.SortArguments.Contains(name);
                var isFilter = limits.FilterArguments.Contains(name);
                if (!(isSort || isFilter) || definition.GetArgument(name) is not { } argumentDefinition || !(_measuredArguments ??= []).Add(argument))
                {
                    continue;
                }
                var width = ArgumentWidth.Measure(argumentDefinition.Type, argument.Value, variables, variableDefaults);
                var coordinate = argumentDefinition.Coordinate;
                if (isSort && width.Items > limits.MaxSortKeys)
                {
                    (InputErrors ??= []).Add(Error(
                        $"The argument \"{coordinate}\" has {width.Items} sort keys; at most {limits.MaxSortKeys} are allowed.",
                        argument.Value,
                        LimitErrorCodes.SortTooWide));
                }
                if (!isFilter)
                {
                    continue;
                }
                if (width.Terms > limits.MaxFilterTerms)
                {
                    (InputErrors ??= []).Add(Error(
                        $"The filter \"{coordinate}\" has {width.Terms} conditions; at most {limits.MaxFilterTerms} are allowed.",
                        argument.Value,
                        LimitErrorCodes.FilterTooComplex));
                }
                if (width.Depth > limits.MaxFilterDepth)
                {
                    (InputErrors ??= []).Add(Error(
                        $"The filter \"{coordinate}\" nests and/or {width.Depth} levels deep; at most {limits.MaxFilterDepth} are allowed.",
                        argument.Value,
                        LimitErrorCodes.FilterTooComplex));
                }
                if (width.LongestList > limits.MaxFilterListLength)
                {
                    (InputErrors ??= []).Add(Error(
                        $"A list in the filter \"{coordinate}\" holds {width.LongestList} values; at most {limits.MaxFilterListLength} are allowed.",
                        width.LongestListAt ?? argument.Value,
                        LimitErrorCodes.InListTooLong));
                }
                if (width.LongestText > limits.MaxFilterTextLength)
                {
                    (InputErrors ??= []).Add(Error(
                        $"A text in the filter \"{coordinate}\" is {width.LongestText} characters long; at most {limits.MaxFilterTextLength} are allowed.",
                        width.LongestTextAt ?? argument.Value,
                        LimitErrorCodes.FilterTextTooLong));
                }
            }
        }

        private static long? DefaultOf(ArgumentDefinition argument) =>
            argument.DefaultValueLiteral is IntValueNode literal && long.TryParse(literal.Value, out var value) ? value : null;

        private static bool IsList(IGraphQLType type) => type.GetNullableType() is ListType;

        private NamedType? TypeOf(NamedTypeNode? condition) => condition is null ? null : schema.GetType(condition.Name.Value);

        private static long Saturate(long value) => Math.Min(value, int.MaxValue);
    }
}
