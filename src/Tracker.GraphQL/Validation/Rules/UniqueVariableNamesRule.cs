using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override string Name => "UniqueVariableNames";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            foreach (var group in NameGroups.Repeated(operation.VariableDefinitions, d => d.Variable.Name))
            {
                context.ReportError(new GraphQLError($"There can be only one variable named \"${group[0].Value}\".", group));
            }
        });
}
