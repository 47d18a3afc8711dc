using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override string Name => "NoUnusedFragments";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var operations = new List<OperationDefinitionNode>();
        var fragments = new List<FragmentDefinitionNode>();
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            operations.Add(operation);
            return false;
        });
        visitor.Enter<FragmentDefinitionNode>(NodeKind.FragmentDefinition, fragment =>
        {
            fragments.Add(fragment);
            return false;
        });
        visitor.Leave<DocumentNode>(NodeKind.Document, _ =>
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(operations))
            {
                used.Add(fragment.Name.Value);
            }
            foreach (var fragment in fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
                }
            }
        });
    }
}
