using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.3 All Variable Uses Defined.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override string Name => "NoUndefinedVariables";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            var definitions = operation.VariableDefinitions;
            // A set only pays off for long variable lists; short ones are scanned.
            HashSet<string>? defined = null;
            if (definitions.Count > 8)
            {
                defined = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in definitions)
                {
                    defined.Add(definition.Variable.Name.Value);
                }
            }
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!(defined?.Contains(name) ?? IsDefined(definitions, name)))
                {
                    context.ReportError(new GraphQLError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        [usage.Node, operation]));
                }
            }
        });

    private static bool IsDefined(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return true;
            }
        }
        return false;
    }
}
