using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.4 All Variables Used.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override string Name => "NoUnusedVariables";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(new GraphQLError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition));
                }
            }
        });
}
