using System.Text;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>
/// Renders an AST the way Fixtures/generate.cjs renders graphql-js's: <c>Kind@start-end{key=value;...}</c>
/// with graphql-js's property names, keys sorted, absent values and empty lists left out. Two ASTs with
/// the same rendering have the same shape, values and locations.
/// </summary>
internal static class AstCanonical
{
    public static string Render(Node node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Node node)
    {
        var location = node.Location ?? throw new InvalidOperationException($"{node.Kind} node has no location.");
        builder.Append(node.Kind).Append('@').Append(location.Start).Append('-').Append(location.End).Append('{');
        var first = true;
        foreach (var (key, value) in Properties(node).Where(p => IsPresent(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(';');
            }
            first = false;
            builder.Append(key).Append('=');
            AppendValue(builder, value!);
        }
        builder.Append('}');
    }

    private static bool IsPresent(object? value) => value switch
    {
        null => false,
        string => true,
        System.Collections.IEnumerable list => list.GetEnumerator().MoveNext(),
        _ => true,
    };

    private static void AppendValue(StringBuilder builder, object value)
    {
        switch (value)
        {
            case Node node:
                Append(builder, node);
                break;
            case string text:
                builder.Append(JsFormat.JsonString(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case System.Collections.IEnumerable list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    Append(builder, (Node)item);
                }
                builder.Append(']');
                break;
            default:
                throw new InvalidOperationException($"Unexpected AST value {value.GetType().Name}.");
        }
    }

    private static IEnumerable<(string Key, object? Value)> Properties(Node node) => node switch
    {
        NameNode n => [("value", n.Value)],
        DocumentNode n => [("definitions", n.Definitions)],
        OperationDefinitionNode n =>
        [
            ("operation", n.Operation.Keyword()), ("description", n.Description), ("name", n.Name),
            ("variableDefinitions", n.VariableDefinitions), ("directives", n.Directives), ("selectionSet", n.SelectionSet),
        ],
        VariableDefinitionNode n =>
        [
            ("description", n.Description), ("variable", n.Variable), ("type", n.Type), ("defaultValue", n.DefaultValue),
            ("directives", n.Directives),
        ],
        VariableNode n => [("name", n.Name)],
        SelectionSetNode n => [("selections", n.Selections)],
        FieldNode n =>
        [
            ("alias", n.Alias), ("name", n.Name), ("arguments", n.Arguments), ("directives", n.Directives),
            ("selectionSet", n.SelectionSet),
        ],
        ArgumentNode n => [("name", n.Name), ("value", n.Value)],
        FragmentSpreadNode n => [("name", n.Name), ("directives", n.Directives)],
        InlineFragmentNode n => [("typeCondition", n.TypeCondition), ("directives", n.Directives), ("selectionSet", n.SelectionSet)],
        FragmentDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("typeCondition", n.TypeCondition), ("directives", n.Directives),
            ("selectionSet", n.SelectionSet),
        ],
        IntValueNode n => [("value", n.Value)],
        FloatValueNode n => [("value", n.Value)],
        StringValueNode n => [("value", n.Value), ("block", n.Block)],
        BooleanValueNode n => [("value", n.Value)],
        NullValueNode => [],
        EnumValueNode n => [("value", n.Value)],
        ListValueNode n => [("values", n.Values)],
        ObjectValueNode n => [("fields", n.Fields)],
        ObjectFieldNode n => [("name", n.Name), ("value", n.Value)],
        DirectiveNode n => [("name", n.Name), ("arguments", n.Arguments)],
        NamedTypeNode n => [("name", n.Name)],
        ListTypeNode n => [("type", n.Type)],
        NonNullTypeNode n => [("type", n.Type)],
        SchemaDefinitionNode n => [("description", n.Description), ("directives", n.Directives), ("operationTypes", n.OperationTypes)],
        OperationTypeDefinitionNode n => [("operation", n.Operation.Keyword()), ("type", n.Type)],
        ScalarTypeDefinitionNode n => [("description", n.Description), ("name", n.Name), ("directives", n.Directives)],
        ObjectTypeDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("interfaces", n.Interfaces), ("directives", n.Directives),
            ("fields", n.Fields),
        ],
        InterfaceTypeDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("interfaces", n.Interfaces), ("directives", n.Directives),
            ("fields", n.Fields),
        ],
        FieldDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("arguments", n.Arguments), ("type", n.Type),
            ("directives", n.Directives),
        ],
        InputValueDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("type", n.Type), ("defaultValue", n.DefaultValue),
            ("directives", n.Directives),
        ],
        UnionTypeDefinitionNode n => [("description", n.Description), ("name", n.Name), ("directives", n.Directives), ("types", n.Types)],
        EnumTypeDefinitionNode n => [("description", n.Description), ("name", n.Name), ("directives", n.Directives), ("values", n.Values)],
        EnumValueDefinitionNode n => [("description", n.Description), ("name", n.Name), ("directives", n.Directives)],
        InputObjectTypeDefinitionNode n => [("description", n.Description), ("name", n.Name), ("directives", n.Directives), ("fields", n.Fields)],
        DirectiveDefinitionNode n =>
        [
            ("description", n.Description), ("name", n.Name), ("arguments", n.Arguments), ("directives", n.Directives),
            ("repeatable", n.Repeatable), ("locations", n.Locations),
        ],
        SchemaExtensionNode n => [("directives", n.Directives), ("operationTypes", n.OperationTypes)],
        ScalarTypeExtensionNode n => [("name", n.Name), ("directives", n.Directives)],
        ObjectTypeExtensionNode n => [("name", n.Name), ("interfaces", n.Interfaces), ("directives", n.Directives), ("fields", n.Fields)],
        InterfaceTypeExtensionNode n => [("name", n.Name), ("interfaces", n.Interfaces), ("directives", n.Directives), ("fields", n.Fields)],
        UnionTypeExtensionNode n => [("name", n.Name), ("directives", n.Directives), ("types", n.Types)],
        EnumTypeExtensionNode n => [("name", n.Name), ("directives", n.Directives), ("values", n.Values)],
        InputObjectTypeExtensionNode n => [("name", n.Name), ("directives", n.Directives), ("fields", n.Fields)],
        DirectiveExtensionNode n => [("name", n.Name), ("directives", n.Directives)],
        _ => throw new InvalidOperationException($"Unexpected node {node.Kind}."),
    };
}
