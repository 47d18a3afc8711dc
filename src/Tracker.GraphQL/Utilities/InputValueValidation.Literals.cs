using System.Collections;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>Validation of input literals (values written in the document), with or without the variables' runtime values.</summary>
internal static partial class InputValueValidation
{
    /// <summary>
    /// Reports every problem of a literal for a type. Without <paramref name="variables"/> (static validation)
    /// variables are not checked; with them, a variable's runtime value is checked against the position.
    /// </summary>
    public static void ValidateInputLiteral(
        ValueNode valueNode,
        IGraphQLType type,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        VariableValues? variables = null,
        bool hideSuggestions = false) =>
        ValidateLiteral(valueNode, type, onError, variables, hideSuggestions, []);

    private static void ValidateLiteral(ValueNode node, IGraphQLType type, Action<GraphQLError, IReadOnlyList<object>> onError, VariableValues? variables, bool hideSuggestions, List<object> path)
    {
        if (node is VariableNode variable)
        {
            if (variables is null)
            {
                return;
            }
            if (type is NonNullType)
            {
                var found = InputValueCoercion.TryGetCoercedVariable(variable, variables, out var value);
                if (!found)
                {
                    ReportLiteral(onError, $"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", node, path);
                }
                else if (value is null)
                {
                    ReportLiteral(onError, $"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", node, path);
                }
            }
            return;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                ReportLiteral(onError, $"Expected value of non-null type \"{type}\" not to be null.", node, path);
                return;
            }
            ValidateLiteral(node, nonNull.OfType, onError, variables, hideSuggestions, path);
            return;
        }
        if (node is NullValueNode)
        {
            return;
        }
        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    ValidateLiteral(node, list.OfType, onError, variables, hideSuggestions, path);
                    return;
                }
                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    ValidateLiteral(listNode.Values[i], list.OfType, onError, variables, hideSuggestions, [.. path, i]);
                }
                return;
            case InputObjectType inputObject:
                ValidateInputObjectLiteral(node, inputObject, onError, variables, hideSuggestions, path);
                return;
            default:
                ValidateLeafLiteral(node, type, onError, variables, hideSuggestions, path);
                return;
        }
    }

    private static void ValidateInputObjectLiteral(ValueNode node, InputObjectType type, Action<GraphQLError, IReadOnlyList<object>> onError, VariableValues? variables, bool hideSuggestions, List<object> path)
    {
        if (node is not ObjectValueNode objectNode)
        {
            ReportLiteral(onError, $"Expected value of type \"{type}\" to be an object, found: {Printer.PrintForError(node)}.", node, path);
            return;
        }
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
            {
                if (field.IsRequired)
                {
                    ReportLiteral(onError, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.PrintForError(node)}.", node, path);
                }
                continue;
            }
            if (fieldNode.Value is VariableNode fieldVariable && variables is not null)
            {
                var found = InputValueCoercion.TryGetCoercedVariable(fieldVariable, variables, out var value);
                if (type.IsOneOf)
                {
                    if (!found)
                    {
                        ReportLiteral(onError, $"Expected variable \"${fieldVariable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", node, path);
                    }
                    else if (value is null)
                    {
                        ReportLiteral(onError, $"Expected variable \"${fieldVariable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", node, path);
                    }
                }
                else if (!found && !field.IsRequired)
                {
                    continue;
                }
            }
            ValidateLiteral(fieldNode.Value, field.Type, onError, variables, hideSuggestions, [.. path, field.Name]);
        }
        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in objectNode.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : MessageFormatting.DidYouMean(SuggestionList.For(name, type.Fields.Keys));
                var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                ReportLiteral(onError, $"Expected value of type \"{type}\" not to include unknown field \"{name}\"{found}: {Printer.PrintForError(node)}.", fieldNode, path);
                continue;
            }
            known.Add(fieldNode);
        }
        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                ReportLiteral(onError, string.Format(System.Globalization.CultureInfo.InvariantCulture, OneOfMessage, type), node, path);
                return;
            }
            if (known[0].Value is NullValueNode)
            {
                ReportLiteral(onError, string.Format(System.Globalization.CultureInfo.InvariantCulture, OneOfMessage, type), node, [.. path, known[0].Name.Value]);
            }
        }
    }

    private static void ValidateLeafLiteral(ValueNode node, IGraphQLType type, Action<GraphQLError, IReadOnlyList<object>> onError, VariableValues? variables, bool hideSuggestions, List<object> path) =>
        ValidateLeaf(
            (Node: node, Variables: variables),
            type,
            static (literal, leafType, hide) =>
            {
                var replaced = ReplaceVariables.Replace(literal.Node, literal.Variables);
                return leafType is EnumType enumType ? enumType.CoerceInputLiteral(replaced, hide) : ((ScalarType)leafType).CoerceInputLiteral(replaced);
            },
            static literal => Printer.PrintForError(literal.Node),
            node,
            onError,
            hideSuggestions,
            path);

    private static void Report(Action<GraphQLError, IReadOnlyList<object>> onError, string message, List<object> path) =>
        onError(new GraphQLError(message), path.ToArray());

    private static void ReportLiteral(Action<GraphQLError, IReadOnlyList<object>> onError, string message, Node node, List<object> path) =>
        onError(new GraphQLError(message, [node]), path.ToArray());
}
