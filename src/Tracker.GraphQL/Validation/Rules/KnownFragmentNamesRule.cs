using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.1 Fragment spread target defined.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override string Name => "KnownFragmentNames";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<FragmentSpreadNode>(NodeKind.FragmentSpread, spread =>
        {
            if (context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError(new GraphQLError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name));
            }
        });
}
