namespace Tracker.GraphQL.Language;

/// <summary>
/// A depth-first walk of the AST in graphql-js's key order (its <c>QueryDocumentKeys</c>), calling
/// <see cref="Enter"/> before a node's children and <see cref="Leave"/> after them. Returning false from
/// Enter skips the node's children and its Leave. Recursion depth is bounded by the parser's nesting limit.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Whether descriptions (string nodes) are walked; graphql-js's validation leaves them out.</summary>
    protected bool VisitDescriptions { get; init; } = true;

    /// <summary>The nodes from the root down to the current node's parent.</summary>
    protected List<Node> Ancestors { get; } = [];

    public void Walk(Node root) => Visit(root);

    protected virtual bool Enter(Node node) => true;

    protected virtual void Leave(Node node)
    {
    }

    protected Node? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    private void Visit(Node? node)
    {
        if (node is null || !Enter(node))
        {
            return;
        }
        Ancestors.Add(node);
        VisitChildren(node);
        Ancestors.RemoveAt(Ancestors.Count - 1);
        Leave(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitDescription(StringValueNode? description)
    {
        if (VisitDescriptions)
        {
            Visit(description);
        }
    }

    private void VisitChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                VisitDescription(operation.Description);
                Visit(operation.Name);
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                VisitDescription(variable.Description);
                Visit(variable.Variable);
                Visit(variable.Type);
                Visit(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            case VariableNode variableNode:
                Visit(variableNode.Name);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections);
                break;
            case FieldNode field:
                Visit(field.Alias);
                Visit(field.Name);
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                Visit(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name);
                VisitAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                Visit(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                VisitDescription(fragment.Description);
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case ListValueNode list:
                VisitAll(list.Values);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Name);
                Visit(objectField.Value);
                break;
            case DirectiveNode directive:
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                break;
            case NamedTypeNode namedType:
                Visit(namedType.Name);
                break;
            case ListTypeNode listType:
                Visit(listType.Type);
                break;
            case NonNullTypeNode nonNull:
                Visit(nonNull.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitDescription(schema.Description);
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitDescription(scalar.Description);
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode obj:
                VisitDescription(obj.Description);
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            case FieldDefinitionNode field:
                VisitDescription(field.Description);
                Visit(field.Name);
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            case InputValueDefinitionNode input:
                VisitDescription(input.Description);
                Visit(input.Name);
                Visit(input.Type);
                Visit(input.DefaultValue);
                VisitAll(input.Directives);
                break;
            case InterfaceTypeDefinitionNode @interface:
                VisitDescription(@interface.Description);
                Visit(@interface.Name);
                VisitAll(@interface.Interfaces);
                VisitAll(@interface.Directives);
                VisitAll(@interface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                VisitDescription(union.Description);
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeDefinitionNode @enum:
                VisitDescription(@enum.Description);
                Visit(@enum.Name);
                VisitAll(@enum.Directives);
                VisitAll(@enum.Values);
                break;
            case EnumValueDefinitionNode value:
                VisitDescription(value.Description);
                Visit(value.Name);
                VisitAll(value.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                VisitDescription(input.Description);
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                VisitDescription(directive.Description);
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                VisitAll(directive.Directives);
                VisitAll(directive.Locations);
                break;
            case SchemaExtensionNode schema:
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ObjectTypeExtensionNode obj:
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            case InterfaceTypeExtensionNode @interface:
                Visit(@interface.Name);
                VisitAll(@interface.Interfaces);
                VisitAll(@interface.Directives);
                VisitAll(@interface.Fields);
                break;
            case UnionTypeExtensionNode union:
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeExtensionNode @enum:
                Visit(@enum.Name);
                VisitAll(@enum.Directives);
                VisitAll(@enum.Values);
                break;
            case InputObjectTypeExtensionNode input:
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case DirectiveExtensionNode directive:
                Visit(directive.Name);
                VisitAll(directive.Directives);
                break;
        }
    }
}
