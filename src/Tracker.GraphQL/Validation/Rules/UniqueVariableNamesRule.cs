using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override string Name => "UniqueVariableNames";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    context.ReportError(new GraphQLError($"There can be only one variable named \"${group.Key}\".", group.Select(d => d.Variable.Name)));
                }
            }
        });
}
