using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// Tracks, while walking a document, the type of the current field, its parent type, the expected input
/// type of the current value, and the field, directive, argument and enum value in scope
/// (graphql-js TypeInfo). Enter and leave must be called in document order.
/// </summary>
public sealed class TypeInfo(GraphQLSchema schema)
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
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                FieldDefinition? definition = null;
                if (ParentType is { } parent)
                {
                    definition = schema.GetField(parent, field.Name.Value);
                }
                _fieldDefinitionStack.Add(definition);
                _typeStack.Add(definition is not null && definition.Type.IsOutputType() ? definition.Type : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterTypeCondition(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterTypeCondition(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeComparators.TypeFromAst(schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                ArgumentDefinition? argumentDefinition = null;
                if (Directive is { } currentDirective)
                {
                    argumentDefinition = currentDirective.GetArgument(argument.Name.Value);
                }
                else if (FieldDefinition is { } currentField)
                {
                    argumentDefinition = currentField.GetArgument(argument.Name.Value);
                }
                Argument = argumentDefinition;
                _defaultValueStack.Add(argumentDefinition?.HasDefaultValue == true);
                _inputTypeStack.Add(argumentDefinition is not null && argumentDefinition.Type.IsInputType() ? argumentDefinition.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(listType is ListType list ? list.OfType : null);
                break;
            case ObjectFieldNode objectField:
                InputFieldDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    inputField = inputObject.GetField(objectField.Name.Value);
                }
                _defaultValueStack.Add(inputField?.HasDefaultValue == true);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);
                break;
            case FieldNode:
                _fieldDefinitionStack.RemoveAt(_fieldDefinitionStack.Count - 1);
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case VariableDefinitionNode:
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterTypeCondition(NamedTypeNode? condition)
    {
        var outputType = condition is not null ? TypeComparators.TypeFromAst(schema, condition) : Type?.GetNamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }
}
