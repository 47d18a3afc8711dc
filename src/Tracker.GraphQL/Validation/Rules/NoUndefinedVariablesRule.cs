using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.3 All Variable Uses Defined.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override string Name => "NoUndefinedVariables";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            var defined = operation.VariableDefinitions.Select(d => d.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    context.ReportError(new GraphQLError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        [usage.Node, operation]));
                }
            }
        });
}
