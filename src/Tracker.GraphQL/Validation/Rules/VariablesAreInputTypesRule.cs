using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override string Name => "VariablesAreInputTypes";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<VariableDefinitionNode>(NodeKind.VariableDefinition, definition =>
        {
            if (TypeComparators.TypeFromAst(context.Schema!, definition.Type) is { } type && !type.IsInputType())
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type));
            }
        });
}
