using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment spread is possible: the fragment's type can overlap the parent type.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override string Name => "PossibleFragmentSpreads";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        visitor.Enter<InlineFragmentNode>(NodeKind.InlineFragment, inline =>
        {
            if (context.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                && context.ParentType is { } parentType && parentType.IsCompositeType()
                && !TypeComparators.DoTypesOverlap(context.Schema!, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    inline));
            }
        });
        visitor.Enter<FragmentSpreadNode>(NodeKind.FragmentSpread, spread =>
        {
            var name = spread.Name.Value;
            if (FragmentType(context, name) is { } fragmentType
                && context.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema!, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    spread));
            }
        });
    }

    private static NamedType? FragmentType(ValidationContext context, string name) =>
        context.GetFragment(name) is { } fragment
        && TypeComparators.TypeFromAst(context.Schema!, fragment.TypeCondition) is NamedType type
        && type.IsCompositeType()
            ? type
            : null;
}
