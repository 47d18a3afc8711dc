using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override string Name => "UniqueFragmentNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, _ => false);
        visitor.Enter<FragmentDefinitionNode>(NodeKind.FragmentDefinition, fragment =>
        {
            var name = fragment.Name.Value;
            if (known.TryGetValue(name, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one fragment named \"{name}\".", [first, fragment.Name]));
            }
            else
            {
                known[name] = fragment.Name;
            }
            return false;
        });
    }
}
