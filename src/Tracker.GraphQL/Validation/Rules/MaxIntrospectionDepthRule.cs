using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 17's guard against introspection queries nesting fields/interfaces/possibleTypes/inputFields
/// three lists deep, which would let a small query cost a huge response.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    public override string Name => "MaxIntrospectionDepth";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var checkedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
        var exceededFragments = new Dictionary<string, int>(StringComparer.Ordinal);

        bool CheckDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            StackGuard.Ensure();
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;
                if (exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }
                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                    || (checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }
                if (context.GetFragment(fragmentName) is not { } fragment)
                {
                    return false;
                }
                visitedFragments[fragmentName] = depth;
                if (CheckDepth(fragment, visitedFragments, depth))
                {
                    exceededFragments[fragmentName] = depth;
                    return true;
                }
                checkedFragments[fragmentName] = depth;
                return false;
            }
            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }
            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                OperationDefinitionNode operation => operation.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                var selections = selectionSet.Selections;
                for (var i = 0; i < selections.Count; i++)
                {
                    var child = selections[i];
                    if (CheckDepth(child, visitedFragments, depth))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        visitor.Enter<FieldNode>(NodeKind.Field, field =>
        {
            if (field.Name.Value is "__schema" or "__type" && CheckDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", field));
                return false;
            }
            return true;
        });
    }
}
