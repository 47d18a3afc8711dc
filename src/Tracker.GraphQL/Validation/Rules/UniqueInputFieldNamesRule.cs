using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override string Name => "UniqueInputFieldNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var stack = new Stack<Dictionary<string, NameNode>>();
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        visitor.Enter<ObjectValueNode>(NodeKind.ObjectValue, _ =>
        {
            stack.Push(known);
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        });
        visitor.Leave<ObjectValueNode>(NodeKind.ObjectValue, _ => known = stack.Pop());
        visitor.Enter<ObjectFieldNode>(NodeKind.ObjectField, field =>
        {
            var name = field.Name.Value;
            if (known.TryGetValue(name, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [first, field.Name]));
            }
            else
            {
                known[name] = field.Name;
            }
        });
    }
}
