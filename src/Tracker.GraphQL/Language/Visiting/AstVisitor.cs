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
        switch (node.Kind)
        {
            case NodeKind.Document:
            {
                var document = (DocumentNode)node;
                VisitAll(document.Definitions);
                break;
            }
            case NodeKind.OperationDefinition:
            {
                var operation = (OperationDefinitionNode)node;
                VisitDescription(operation.Description);
                Visit(operation.Name);
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            }
            case NodeKind.VariableDefinition:
            {
                var variable = (VariableDefinitionNode)node;
                VisitDescription(variable.Description);
                Visit(variable.Variable);
                Visit(variable.Type);
                Visit(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            }
            case NodeKind.Variable:
            {
                var variableNode = (VariableNode)node;
                Visit(variableNode.Name);
                break;
            }
            case NodeKind.SelectionSet:
            {
                var selectionSet = (SelectionSetNode)node;
                VisitAll(selectionSet.Selections);
                break;
            }
            case NodeKind.Field:
            {
                var field = (FieldNode)node;
                Visit(field.Alias);
                Visit(field.Name);
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                Visit(field.SelectionSet);
                break;
            }
            case NodeKind.Argument:
            {
                var argument = (ArgumentNode)node;
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            }
            case NodeKind.FragmentSpread:
            {
                var spread = (FragmentSpreadNode)node;
                Visit(spread.Name);
                VisitAll(spread.Directives);
                break;
            }
            case NodeKind.InlineFragment:
            {
                var inline = (InlineFragmentNode)node;
                Visit(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            }
            case NodeKind.FragmentDefinition:
            {
                var fragment = (FragmentDefinitionNode)node;
                VisitDescription(fragment.Description);
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            }
            case NodeKind.ListValue:
            {
                var list = (ListValueNode)node;
                VisitAll(list.Values);
                break;
            }
            case NodeKind.ObjectValue:
            {
                var obj = (ObjectValueNode)node;
                VisitAll(obj.Fields);
                break;
            }
            case NodeKind.ObjectField:
            {
                var objectField = (ObjectFieldNode)node;
                Visit(objectField.Name);
                Visit(objectField.Value);
                break;
            }
            case NodeKind.Directive:
            {
                var directive = (DirectiveNode)node;
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                break;
            }
            case NodeKind.NamedType:
            {
                var namedType = (NamedTypeNode)node;
                Visit(namedType.Name);
                break;
            }
            case NodeKind.ListType:
            {
                var listType = (ListTypeNode)node;
                Visit(listType.Type);
                break;
            }
            case NodeKind.NonNullType:
            {
                var nonNull = (NonNullTypeNode)node;
                Visit(nonNull.Type);
                break;
            }
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SchemaDefinition:
            {
                var schema = (SchemaDefinitionNode)node;
                VisitDescription(schema.Description);
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            }
            case NodeKind.OperationTypeDefinition:
            {
                var operationType = (OperationTypeDefinitionNode)node;
                Visit(operationType.Type);
                break;
            }
            case NodeKind.ScalarTypeDefinition:
            {
                var scalar = (ScalarTypeDefinitionNode)node;
                VisitDescription(scalar.Description);
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            }
            case NodeKind.ObjectTypeDefinition:
            {
                var obj = (ObjectTypeDefinitionNode)node;
                VisitDescription(obj.Description);
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            }
            case NodeKind.FieldDefinition:
            {
                var field = (FieldDefinitionNode)node;
                VisitDescription(field.Description);
                Visit(field.Name);
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            }
            case NodeKind.InputValueDefinition:
            {
                var input = (InputValueDefinitionNode)node;
                VisitDescription(input.Description);
                Visit(input.Name);
                Visit(input.Type);
                Visit(input.DefaultValue);
                VisitAll(input.Directives);
                break;
            }
            case NodeKind.InterfaceTypeDefinition:
            {
                var @interface = (InterfaceTypeDefinitionNode)node;
                VisitDescription(@interface.Description);
                Visit(@interface.Name);
                VisitAll(@interface.Interfaces);
                VisitAll(@interface.Directives);
                VisitAll(@interface.Fields);
                break;
            }
            case NodeKind.UnionTypeDefinition:
            {
                var union = (UnionTypeDefinitionNode)node;
                VisitDescription(union.Description);
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            }
            case NodeKind.EnumTypeDefinition:
            {
                var @enum = (EnumTypeDefinitionNode)node;
                VisitDescription(@enum.Description);
                Visit(@enum.Name);
                VisitAll(@enum.Directives);
                VisitAll(@enum.Values);
                break;
            }
            case NodeKind.EnumValueDefinition:
            {
                var value = (EnumValueDefinitionNode)node;
                VisitDescription(value.Description);
                Visit(value.Name);
                VisitAll(value.Directives);
                break;
            }
            case NodeKind.InputObjectTypeDefinition:
            {
                var input = (InputObjectTypeDefinitionNode)node;
                VisitDescription(input.Description);
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            }
            case NodeKind.DirectiveDefinition:
            {
                var directive = (DirectiveDefinitionNode)node;
                VisitDescription(directive.Description);
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                VisitAll(directive.Directives);
                VisitAll(directive.Locations);
                break;
            }
            case NodeKind.SchemaExtension:
            {
                var schema = (SchemaExtensionNode)node;
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            }
            case NodeKind.ScalarTypeExtension:
            {
                var scalar = (ScalarTypeExtensionNode)node;
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            }
            case NodeKind.ObjectTypeExtension:
            {
                var obj = (ObjectTypeExtensionNode)node;
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            }
            case NodeKind.InterfaceTypeExtension:
            {
                var @interface = (InterfaceTypeExtensionNode)node;
                Visit(@interface.Name);
                VisitAll(@interface.Interfaces);
                VisitAll(@interface.Directives);
                VisitAll(@interface.Fields);
                break;
            }
            case NodeKind.UnionTypeExtension:
            {
                var union = (UnionTypeExtensionNode)node;
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            }
            case NodeKind.EnumTypeExtension:
            {
                var @enum = (EnumTypeExtensionNode)node;
                Visit(@enum.Name);
                VisitAll(@enum.Directives);
                VisitAll(@enum.Values);
                break;
            }
            case NodeKind.InputObjectTypeExtension:
            {
                var input = (InputObjectTypeExtensionNode)node;
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            }
            case NodeKind.DirectiveExtension:
            {
                var directive = (DirectiveExtensionNode)node;
                Visit(directive.Name);
                VisitAll(directive.Directives);
                break;
            }
        }
    }
}
