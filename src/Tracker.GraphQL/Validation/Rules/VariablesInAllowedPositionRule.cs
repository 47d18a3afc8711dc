using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits where it is used (a nullable
/// variable may fill a non-null position only with a default), and @oneOf fields need non-null variables.
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override string Name => "VariablesInAllowedPosition";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            definitions.Clear();
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }
        });
        visitor.Leave<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            var schema = context.Schema!;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }
                if (TypeComparators.TypeFromAst(schema, definition.Type) is not { } variableType)
                {
                    continue;
                }
                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        [definition, usage.Node]));
                }
                if (usage.ParentType is InputObjectType { IsOneOf: true } parent && variableType is not NonNullType)
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parent}\".",
                        [definition, usage.Node]));
                }
            }
        });
    }

    private static bool IsAllowed(GraphQLSchema schema, IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
