using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: directive names are unique (spec §3.13).</summary>
internal sealed class UniqueDirectiveNamesRule : ValidationRule
{
    public override string Name => "UniqueDirectiveNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        visitor.Enter<DirectiveDefinitionNode>(NodeKind.DirectiveDefinition, node =>
        {
            var name = node.Name.Value;
            if (context.Schema?.GetDirective(name) is not null)
            {
                context.ReportError(new GraphQLError($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", node.Name));
                return false;
            }
            if (known.TryGetValue(name, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one directive named \"@{name}\".", [first, node.Name]));
            }
            else
            {
                known[name] = node.Name;
            }
            return false;
        });
    }
}
