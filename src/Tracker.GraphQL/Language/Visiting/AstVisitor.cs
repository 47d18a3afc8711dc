// Over 300 lines on purpose: one walk over every node kind of the AST (PushChildren's switch, in the spec's order of
// children); split up, the cases would lose the one place that shows a new node kind must be added.
using System.Buffers;

namespace Tracker.GraphQL.Language;

/// <summary>
/// A depth-first walk of the AST in graphql-js's key order (its <c>QueryDocumentKeys</c>), calling
/// <see cref="Enter"/> before a node's children and <see cref="Leave"/> after them. Returning false from
/// Enter skips the node's children and its Leave. <see cref="Ancestors"/> holds the path from the root to
/// the current node's parent. The walk keeps its own stack instead of recursing, so no tree is too deep
/// for it, and it allocates nothing per node.
/// </summary>
public abstract class AstVisitor
{
    // The stack is rented from the shared pool for the walk and returned after it: a visitor walks once (a
    // validation, a printer), and growing a fresh stack each time was most of what a walk allocated.
    private Frame[] _stack = [];
    private int _count;

    /// <summary>Whether descriptions (string nodes) are walked; graphql-js's validation leaves them out.</summary>
    protected bool VisitDescriptions { get; init; } = true;

    /// <summary>The nodes from the root down to the current node's parent.</summary>
    protected List<Node> Ancestors { get; } = [];

    protected Node? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    public void Walk(Node root)
    {
        // A walk started from inside Enter or Leave (on the same visitor) gets a stack of its own.
        var outerStack = _stack;
        var outerCount = _count;
        var ancestorCount = Ancestors.Count;
        _stack = ArrayPool<Frame>.Shared.Rent(64);
        _count = 0;
        try
        {
            Push(root);
            while (_count > 0)
            {
                var frame = _stack[--_count];
                _stack[_count] = default;
                if (frame.Leaving)
                {
                    Ancestors.RemoveAt(Ancestors.Count - 1);
                    Leave(frame.Node);
                    continue;
                }
                if (!Enter(frame.Node))
                {
                    continue;
                }
                Ancestors.Add(frame.Node);
                PushFrame(new Frame(frame.Node, Leaving: true));
                // Children are pushed in order, then reversed so that the first is popped first.
                var mark = _count;
                PushChildren(frame.Node);
                Array.Reverse(_stack, mark, _count - mark);
            }
        }
        finally
        {
            ArrayPool<Frame>.Shared.Return(_stack, clearArray: true);
            _stack = outerStack;
            _count = outerCount;
            Ancestors.RemoveRange(ancestorCount, Ancestors.Count - ancestorCount);
        }
    }

    protected virtual bool Enter(Node node) => true;

    protected virtual void Leave(Node node)
    {
    }

    private void Push(Node? node)
    {
        if (node is not null)
        {
            PushFrame(new Frame(node, Leaving: false));
        }
    }

    private void PushFrame(Frame frame)
    {
        if (_count == _stack.Length)
        {
            var larger = ArrayPool<Frame>.Shared.Rent(_count * 2);
            Array.Copy(_stack, larger, _count);
            ArrayPool<Frame>.Shared.Return(_stack, clearArray: true);
            _stack = larger;
        }
        _stack[_count++] = frame;
    }

    private void PushAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            PushFrame(new Frame(nodes[i], Leaving: false));
        }
    }

    private void PushDescription(StringValueNode? description)
    {
        if (VisitDescriptions)
        {
            Push(description);
        }
    }

    private readonly record struct Frame(Node Node, bool Leaving);

    /// <summary>Pushes a node's children in graphql-js's key order (the node kind tells the node's type).</summary>
    private void PushChildren(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.Document:
            {
                var document = (DocumentNode)node;
                PushAll(document.Definitions);
                break;
            }
            case NodeKind.OperationDefinition:
            {
                var operation = (OperationDefinitionNode)node;
                PushDescription(operation.Description);
                Push(operation.Name);
                PushAll(operation.VariableDefinitions);
                PushAll(operation.Directives);
                Push(operation.SelectionSet);
                break;
            }
            case NodeKind.VariableDefinition:
            {
                var variable = (VariableDefinitionNode)node;
                PushDescription(variable.Description);
                Push(variable.Variable);
                Push(variable.Type);
                Push(variable.DefaultValue);
                PushAll(variable.Directives);
                break;
            }
            case NodeKind.Variable:
            {
                var variableNode = (VariableNode)node;
                Push(variableNode.Name);
                break;
            }
            case NodeKind.SelectionSet:
            {
                var selectionSet = (SelectionSetNode)node;
                PushAll(selectionSet.Selections);
                break;
            }
            case NodeKind.Field:
            {
                var field = (FieldNode)node;
                Push(field.Alias);
                Push(field.Name);
                PushAll(field.Arguments);
                PushAll(field.Directives);
                Push(field.SelectionSet);
                break;
            }
            case NodeKind.Argument:
            {
                var argument = (ArgumentNode)node;
                Push(argument.Name);
                Push(argument.Value);
                break;
            }
            case NodeKind.FragmentSpread:
            {
                var spread = (FragmentSpreadNode)node;
                Push(spread.Name);
                PushAll(spread.Directives);
                break;
            }
            case NodeKind.InlineFragment:
            {
                var inline = (InlineFragmentNode)node;
                Push(inline.TypeCondition);
                PushAll(inline.Directives);
                Push(inline.SelectionSet);
                break;
            }
            case NodeKind.FragmentDefinition:
            {
                var fragment = (FragmentDefinitionNode)node;
                PushDescription(fragment.Description);
                Push(fragment.Name);
                Push(fragment.TypeCondition);
                PushAll(fragment.Directives);
                Push(fragment.SelectionSet);
                break;
            }
            case NodeKind.ListValue:
            {
                var list = (ListValueNode)node;
                PushAll(list.Values);
                break;
            }
            case NodeKind.ObjectValue:
            {
                var obj = (ObjectValueNode)node;
                PushAll(obj.Fields);
                break;
            }
            case NodeKind.ObjectField:
            {
                var objectField = (ObjectFieldNode)node;
                Push(objectField.Name);
                Push(objectField.Value);
                break;
            }
            case NodeKind.Directive:
            {
                var directive = (DirectiveNode)node;
                Push(directive.Name);
                PushAll(directive.Arguments);
                break;
            }
            case NodeKind.NamedType:
            {
                var namedType = (NamedTypeNode)node;
                Push(namedType.Name);
                break;
            }
            case NodeKind.ListType:
            {
                var listType = (ListTypeNode)node;
                Push(listType.Type);
                break;
            }
            case NodeKind.NonNullType:
            {
                var nonNull = (NonNullTypeNode)node;
                Push(nonNull.Type);
                break;
            }
            case NodeKind.SchemaDefinition:
            {
                var schema = (SchemaDefinitionNode)node;
                PushDescription(schema.Description);
                PushAll(schema.Directives);
                PushAll(schema.OperationTypes);
                break;
            }
            case NodeKind.OperationTypeDefinition:
            {
                var operationType = (OperationTypeDefinitionNode)node;
                Push(operationType.Type);
                break;
            }
            case NodeKind.ScalarTypeDefinition:
            {
                var scalar = (ScalarTypeDefinitionNode)node;
                PushDescription(scalar.Description);
                Push(scalar.Name);
                PushAll(scalar.Directives);
                break;
            }
            case NodeKind.ObjectTypeDefinition:
            {
                var obj = (ObjectTypeDefinitionNode)node;
                PushDescription(obj.Description);
                Push(obj.Name);
                PushAll(obj.Interfaces);
                PushAll(obj.Directives);
                PushAll(obj.Fields);
                break;
            }
            case NodeKind.FieldDefinition:
            {
                var field = (FieldDefinitionNode)node;
                PushDescription(field.Description);
                Push(field.Name);
                PushAll(field.Arguments);
                Push(field.Type);
                PushAll(field.Directives);
                break;
            }
            case NodeKind.InputValueDefinition:
            {
                var input = (InputValueDefinitionNode)node;
                PushDescription(input.Description);
                Push(input.Name);
                Push(input.Type);
                Push(input.DefaultValue);
                PushAll(input.Directives);
                break;
            }
            case NodeKind.InterfaceTypeDefinition:
            {
                var @interface = (InterfaceTypeDefinitionNode)node;
                PushDescription(@interface.Description);
                Push(@interface.Name);
                PushAll(@interface.Interfaces);
                PushAll(@interface.Directives);
                PushAll(@interface.Fields);
                break;
            }
            case NodeKind.UnionTypeDefinition:
            {
                var union = (UnionTypeDefinitionNode)node;
                PushDescription(union.Description);
                Push(union.Name);
                PushAll(union.Directives);
                PushAll(union.Types);
                break;
            }
            case NodeKind.EnumTypeDefinition:
            {
                var @enum = (EnumTypeDefinitionNode)node;
                PushDescription(@enum.Description);
                Push(@enum.Name);
                PushAll(@enum.Directives);
                PushAll(@enum.Values);
                break;
            }
            case NodeKind.EnumValueDefinition:
            {
                var value = (EnumValueDefinitionNode)node;
                PushDescription(value.Description);
                Push(value.Name);
                PushAll(value.Directives);
                break;
            }
            case NodeKind.InputObjectTypeDefinition:
            {
                var input = (InputObjectTypeDefinitionNode)node;
                PushDescription(input.Description);
                Push(input.Name);
                PushAll(input.Directives);
                PushAll(input.Fields);
                break;
            }
            case NodeKind.DirectiveDefinition:
            {
                var directive = (DirectiveDefinitionNode)node;
                PushDescription(directive.Description);
                Push(directive.Name);
                PushAll(directive.Arguments);
                PushAll(directive.Directives);
                PushAll(directive.Locations);
                break;
            }
            case NodeKind.SchemaExtension:
            {
                var schema = (SchemaExtensionNode)node;
                PushAll(schema.Directives);
                PushAll(schema.OperationTypes);
                break;
            }
            case NodeKind.ScalarTypeExtension:
            {
                var scalar = (ScalarTypeExtensionNode)node;
                Push(scalar.Name);
                PushAll(scalar.Directives);
                break;
            }
            case NodeKind.ObjectTypeExtension:
            {
                var obj = (ObjectTypeExtensionNode)node;
                Push(obj.Name);
                PushAll(obj.Interfaces);
                PushAll(obj.Directives);
                PushAll(obj.Fields);
                break;
            }
            case NodeKind.InterfaceTypeExtension:
            {
                var @interface = (InterfaceTypeExtensionNode)node;
                Push(@interface.Name);
                PushAll(@interface.Interfaces);
                PushAll(@interface.Directives);
                PushAll(@interface.Fields);
                break;
            }
            case NodeKind.UnionTypeExtension:
            {
                var union = (UnionTypeExtensionNode)node;
                Push(union.Name);
                PushAll(union.Directives);
                PushAll(union.Types);
                break;
            }
            case NodeKind.EnumTypeExtension:
            {
                var @enum = (EnumTypeExtensionNode)node;
                Push(@enum.Name);
                PushAll(@enum.Directives);
                PushAll(@enum.Values);
                break;
            }
            case NodeKind.InputObjectTypeExtension:
            {
                var input = (InputObjectTypeExtensionNode)node;
                Push(input.Name);
                PushAll(input.Directives);
                PushAll(input.Fields);
                break;
            }
            case NodeKind.DirectiveExtension:
            {
                var directive = (DirectiveExtensionNode)node;
                Push(directive.Name);
                PushAll(directive.Directives);
                break;
            }
        }
    }
}
