using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override string Name => "FragmentsOnCompositeTypes";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        visitor.Enter<InlineFragmentNode>(NodeKind.InlineFragment, inline =>
        {
            if (inline.TypeCondition is { } condition
                && TypeComparators.TypeFromAst(context.Schema!, condition) is { } type
                && !type.IsCompositeType())
            {
                context.ReportError(new GraphQLError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition));
            }
        });
        visitor.Enter<FragmentDefinitionNode>(NodeKind.FragmentDefinition, fragment =>
        {
            if (TypeComparators.TypeFromAst(context.Schema!, fragment.TypeCondition) is { } type && !type.IsCompositeType())
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition));
            }
        });
    }
}
