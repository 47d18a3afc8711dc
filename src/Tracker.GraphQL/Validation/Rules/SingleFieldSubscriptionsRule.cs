using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.3.1 Single Root Field: a subscription selects exactly one root field, not an introspection
/// field, and not under @skip/@include.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override string Name => "SingleFieldSubscriptions";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (operation.Operation != OperationType.Subscription || context.Schema!.SubscriptionType is not { } subscriptionType)
            {
                return;
            }
            var name = operation.Name?.Value;
            var subject = name is not null ? $"Subscription \"{name}\"" : "Anonymous Subscription";
            var forbidden = new List<DirectiveNode>();
            var groups = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            Collect(context, subscriptionType, operation.SelectionSet, groups, forbidden, new Dictionary<string, List<DirectiveNode?>>(StringComparer.Ordinal), null);
            if (forbidden.Count > 0)
            {
                context.ReportError(new GraphQLError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", forbidden));
                return;
            }
            if (groups.Count == 0)
            {
                context.ReportError(new GraphQLError($"{subject} must select one top level field.", operation.SelectionSet));
            }
            else if (groups.Count > 1)
            {
                context.ReportError(new GraphQLError($"{subject} must select only one top level field.", groups.Values.Skip(1).SelectMany(nodes => nodes)));
            }
            foreach (var (_, nodes) in groups)
            {
                if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError($"{subject} must not select an introspection top level field.", nodes));
                }
            }
        });

    /// <summary>
    /// CollectFields as graphql-js's executor does it, recording @skip/@include instead of applying them. A
    /// fragment is collected again when it is reached under a different @defer (as the executor would, for
    /// incremental delivery), which repeats its fields in the error's nodes exactly as graphql-js does.
    /// </summary>
    private static void Collect(
        ValidationContext context,
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> groups,
        List<DirectiveNode> forbidden,
        Dictionary<string, List<DirectiveNode?>> visitedFragments,
        DirectiveNode? deferUsage)
    {
        StackGuard.Ensure();
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            context.SpendFragmentWork(DeferStreamDirectives.Find(selection.Directives, DeferStreamDirectives.Defer)?.Arguments.Count ?? 0);
        }
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection.Directives, forbidden))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (groups.TryGetValue(key, out var nodes))
                    {
                        nodes.Add(field);
                    }
                    else
                    {
                        groups.Add(key, [field]);
                    }
                    break;
                case InlineFragmentNode inline:
                    if (Matches(context.Schema!, inline.TypeCondition, runtimeType))
                    {
                        Collect(context, runtimeType, inline.SelectionSet, groups, forbidden, visitedFragments, DeferOf(inline) ?? deferUsage);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var fragment = context.GetFragment(spread.Name.Value);
                    if (fragment is null || !Matches(context.Schema!, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }
                    var spreadDefer = DeferOf(spread) ?? deferUsage;
                    if (!visitedFragments.TryGetValue(spread.Name.Value, out var visitedDefers))
                    {
                        visitedFragments[spread.Name.Value] = visitedDefers = [];
                    }
                    if (visitedDefers.Contains(null) || (spreadDefer is not null && visitedDefers.Contains(spreadDefer)))
                    {
                        continue;
                    }
                    visitedDefers.Add(spreadDefer);
                    Collect(context, runtimeType, fragment.SelectionSet, groups, forbidden, visitedFragments, spreadDefer);
                    break;
            }
        }
    }

    /// <summary>
    /// The selection's @defer unless its "if" is literally false. graphql-js evaluates "if" with no variable
    /// values (a variable then takes the default, true) and throws on an invalid literal; here any other
    /// literal counts as deferring, since validation must not throw.
    /// </summary>
    private static DirectiveNode? DeferOf(SelectionNode selection) =>
        DeferStreamDirectives.Find(selection.Directives, DeferStreamDirectives.Defer) is { } defer
        && DeferStreamDirectives.ArgumentValue(defer, "if") is not BooleanValueNode { Value: false }
            ? defer
            : null;

    private static bool IsIncluded(IReadOnlyList<DirectiveNode> directives, List<DirectiveNode> forbidden)
    {
        var skip = directives.FirstOrDefault(d => d.Name.Value == "skip");
        if (skip is not null)
        {
            forbidden.Add(skip);
            return false;
        }
        var include = directives.FirstOrDefault(d => d.Name.Value == "include");
        if (include is not null)
        {
            forbidden.Add(include);
            return false;
        }
        return true;
    }

    private static bool Matches(GraphQLSchema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }
        var conditional = schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditional, type) || (conditional is not null && conditional.IsAbstractType() && schema.IsSubType(conditional, type));
    }
}
