using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// Tracks, while walking a document, the type of the current field, its parent type, the expected input
/// type of the current value, and the field, directive, argument and enum value in scope
/// (graphql-js TypeInfo). Enter and leave must be called in document order.
/// </summary>
internal sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public IGraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The type the current value literal must have.</summary>
    public IGraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up (the list or input object containing the current value).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    /// <summary>Whether the argument or input field the current value is for has a default.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    public void Enter(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case NodeKind.Field:
                FieldDefinition? definition = null;
                if (ParentType is { } parent)
                {
                    definition = schema.GetField(parent, ((FieldNode)node).Name.Value);
                }
                _fieldDefinitionStack.Add(definition);
                _typeStack.Add(definition is not null && definition.Type.IsOutputType() ? definition.Type : null);
                break;
            case NodeKind.Directive:
                Directive = schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _typeStack.Add(schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case NodeKind.InlineFragment:
                EnterTypeCondition(((InlineFragmentNode)node).TypeCondition);
                break;
            case NodeKind.FragmentDefinition:
                EnterTypeCondition(((FragmentDefinitionNode)node).TypeCondition);
                break;
            case NodeKind.VariableDefinition:
                var variableType = TypeComparators.TypeFromAst(schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case NodeKind.Argument:
                var argumentName = ((ArgumentNode)node).Name.Value;
                var argumentDefinition = Directive is { } currentDirective
                    ? FindArgument(currentDirective.Arguments, argumentName)
                    : FieldDefinition is { } currentField ? FindArgument(currentField.Arguments, argumentName) : null;
                Argument = argumentDefinition;
                _defaultValueStack.Add(argumentDefinition?.HasDefaultValue == true);
                _inputTypeStack.Add(argumentDefinition is not null && argumentDefinition.Type.IsInputType() ? argumentDefinition.Type : null);
                break;
            case NodeKind.ListValue:
                var listType = InputType?.GetNullableType();
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(listType is ListType list ? list.OfType : null);
                break;
            case NodeKind.ObjectField:
                InputFieldDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    inputField = inputObject.GetField(((ObjectFieldNode)node).Name.Value);
                }
                _defaultValueStack.Add(inputField?.HasDefaultValue == true);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case NodeKind.EnumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(((EnumValueNode)node).Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);
                break;
            case NodeKind.Field:
                _fieldDefinitionStack.RemoveAt(_fieldDefinitionStack.Count - 1);
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition or NodeKind.InlineFragment or NodeKind.FragmentDefinition:
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case NodeKind.VariableDefinition:
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case NodeKind.Argument:
                Argument = null;
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case NodeKind.ListValue or NodeKind.ObjectField:
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The first argument with this name (a plain loop: this runs for every argument of a document).</summary>
    private static ArgumentDefinition? FindArgument(IReadOnlyList<ArgumentDefinition> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }
        return null;
    }

    private void EnterTypeCondition(NamedTypeNode? condition)
    {
        var outputType = condition is not null ? TypeComparators.TypeFromAst(schema, condition) : Type?.GetNamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }
}
