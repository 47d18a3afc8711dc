using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    public override string Name => "UniqueOperationNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (operation.Name is { } name)
            {
                if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }
            }
            return false;
        });
        visitor.Enter<FragmentDefinitionNode>(NodeKind.FragmentDefinition, _ => false);
    }
}
