using System.Collections;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// Explains why an input value or literal is invalid for a type, with graphql-js 17's messages
/// (validateInputValue / validateInputLiteral). Each problem is reported with the path inside the value.
/// </summary>
internal static partial class InputValueValidation
{
    private const string OneOfMessage = "Within OneOf Input Object type \"{0}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>Reports every problem of a JSON-shaped value (a variable's value) for a type.</summary>
    public static void ValidateInputValue(
        object? input,
        bool hasInput,
        IGraphQLType type,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        bool hideSuggestions = false) =>
        ValidateValue(input, hasInput, type, onError, hideSuggestions, []);

    private static void ValidateValue(object? input, bool hasInput, IGraphQLType type, Action<GraphQLError, IReadOnlyList<object>> onError, bool hideSuggestions, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (!hasInput)
            {
                Report(onError, $"Expected a value of non-null type \"{type}\" to be provided.", path);
                return;
            }
            if (input is null)
            {
                Report(onError, $"Expected value of non-null type \"{type}\" not to be null.", path);
                return;
            }
            ValidateValue(input, true, nonNull.OfType, onError, hideSuggestions, path);
            return;
        }
        if (input is null)
        {
            return;
        }
        switch (type)
        {
            case ListType list:
                if (!InputValueCoercion.IsList(input))
                {
                    ValidateValue(input, true, list.OfType, onError, hideSuggestions, path);
                    return;
                }
                var index = 0;
                foreach (var item in (IEnumerable)input)
                {
                    ValidateValue(item, true, list.OfType, onError, hideSuggestions, [.. path, index++]);
                }
                return;
            case InputObjectType inputObject:
                ValidateInputObjectValue(input, inputObject, onError, hideSuggestions, path);
                return;
            default:
                ValidateLeafValue(input, type, onError, hideSuggestions, path);
                return;
        }
    }

    private static void ValidateInputObjectValue(object input, InputObjectType type, Action<GraphQLError, IReadOnlyList<object>> onError, bool hideSuggestions, List<object> path)
    {
        if (!ValueLiterals.TryGetEntries(input, out var entries))
        {
            Report(onError, $"Expected value of type \"{type}\" to be an object, found: {Inspect.Value(input)}.", path);
            return;
        }
        foreach (var field in type.Fields.Values)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    Report(onError, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspect.Value(input)}.", path);
                }
                continue;
            }
            ValidateValue(fieldValue, true, field.Type, onError, hideSuggestions, [.. path, field.Name]);
        }
        var known = new List<string>();
        foreach (var name in entries.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : MessageFormatting.DidYouMean(SuggestionList.For(name, type.Fields.Keys));
                var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                Report(onError, $"Expected value of type \"{type}\" not to include unknown field \"{name}\"{found}: {Inspect.Value(input)}.", path);
                continue;
            }
            known.Add(name);
        }
        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                Report(onError, string.Format(System.Globalization.CultureInfo.InvariantCulture, OneOfMessage, type), path);
            }
            if (known.Count > 0 && entries[known[0]] is null)
            {
                Report(onError, string.Format(System.Globalization.CultureInfo.InvariantCulture, OneOfMessage, type), [.. path, known[0]]);
            }
        }
    }

    private static void ValidateLeafValue(object input, IGraphQLType type, Action<GraphQLError, IReadOnlyList<object>> onError, bool hideSuggestions, List<object> path) =>
        ValidateLeaf(
            input,
            type,
            static (value, leafType, hide) => leafType is EnumType enumType ? enumType.CoerceInputValue(value, hide) : ((ScalarType)leafType).CoerceInputValue(value),
            static value => Inspect.Value(value),
            node: null,
            onError,
            hideSuggestions,
            path);

    /// <summary>
    /// The leaf check of values and literals alike: coerce, then report the coercion's own error, or that it
    /// returned nothing, showing the input as <paramref name="describe"/> prints it. The delegates are static
    /// lambdas and the input a value, so a valid leaf costs nothing beyond its coercion.
    /// </summary>
    private static void ValidateLeaf<TInput>(
        TInput input,
        IGraphQLType type,
        Func<TInput, IGraphQLType, bool, object?> coerce,
        Func<TInput, string> describe,
        Node? node,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        bool hideSuggestions,
        List<object> path)
    {
        object? result;
        Exception? caught = null;
        try
        {
            result = coerce(input, type, hideSuggestions);
        }
        catch (GraphQLError error)
        {
            onError(error, path.ToArray());
            return;
        }
        catch (Exception exception)
        {
            caught = exception;
            result = null;
        }
        if (result is null)
        {
            var detail = caught is not null ? $", but encountered error \"{caught.Message}\"; found" : ", found";
            onError(new GraphQLError($"Expected value of type \"{type}\"{detail}: {describe(input)}.", node is null ? null : [node], caught), path.ToArray());
        }
    }
}
