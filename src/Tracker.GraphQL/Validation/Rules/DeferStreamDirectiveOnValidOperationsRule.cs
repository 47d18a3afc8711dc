using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery (graphql-js 17): a subscription may not use @defer or @stream unless their "if"
/// argument can turn them off, because each subscription event must be delivered as one result.
/// </summary>
internal sealed class DeferStreamDirectiveOnValidOperationsRule : ValidationRule
{
    public override string Name => "DeferStreamDirectiveOnValidOperations";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var checkedFragments = new HashSet<string>(StringComparer.Ordinal);
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (operation.Operation != OperationType.Subscription)
            {
                return;
            }
            var walk = new Walk(context, checkedFragments);
            if (walk.Forbid(operation.SelectionSet))
            {
                checkedFragments.UnionWith(walk.VisitedFragments);
            }
        });
    }

    private sealed class Walk(ValidationContext context, HashSet<string> checkedFragments)
    {
        /// <summary>The fragment spreads leading to the current selection set, outermost first.</summary>
        private readonly List<Node> _parentSpreads = [];

        public HashSet<string> VisitedFragments { get; } = new(StringComparer.Ordinal);

        public bool Forbid(SelectionSetNode selectionSet)
        {
            StackGuard.Ensure();
            var valid = true;
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                var directives = selection.Directives;
                if (DeferStreamDirectives.Find(directives, DeferStreamDirectives.Skip) is { } skip && CanBeSkippedBySkip(skip))
                {
                    continue;
                }
                if (DeferStreamDirectives.Find(directives, DeferStreamDirectives.Include) is { } include && CanBeSkippedByInclude(include))
                {
                    continue;
                }
                foreach (var directive in directives)
                {
                    var name = directive.Name.Value;
                    if (name is DeferStreamDirectives.Defer or DeferStreamDirectives.Stream && !IfArgumentCanBeFalse(directive))
                    {
                        valid = false;
                        var which = name == DeferStreamDirectives.Defer ? "Defer" : "Stream";
                        var nodes = new List<Node>(_parentSpreads.Count + 1) { directive };
                        for (var j = _parentSpreads.Count - 1; j >= 0; j--)
                        {
                            nodes.Add(_parentSpreads[j]);
                        }
                        context.ReportError(new GraphQLError(
                            $"{which} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.",
                            nodes));
                    }
                }
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (checkedFragments.Contains(fragmentName) || !VisitedFragments.Add(fragmentName))
                        {
                            continue;
                        }
                        if (context.GetFragment(fragmentName) is { } fragment)
                        {
                            _parentSpreads.Add(spread);
                            valid = Forbid(fragment.SelectionSet) && valid;
                            _parentSpreads.RemoveAt(_parentSpreads.Count - 1);
                        }
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        valid = Forbid(fieldSelections) && valid;
                        break;
                    case InlineFragmentNode inline:
                        valid = Forbid(inline.SelectionSet) && valid;
                        break;
                }
            }
            return valid;
        }

        /// <summary>Only a literal true "if" (or none) makes the directive unconditional.</summary>
        private static bool IfArgumentCanBeFalse(DirectiveNode directive) =>
            DeferStreamDirectives.ArgumentValue(directive, "if") switch
            {
                null => false,
                BooleanValueNode boolean => !boolean.Value,
                VariableNode => true,
                _ => false,
            };

        private static bool CanBeSkippedBySkip(DirectiveNode skip) =>
            DeferStreamDirectives.ArgumentValue(skip, "if") is not BooleanValueNode { Value: false };

        private static bool CanBeSkippedByInclude(DirectiveNode include) =>
            DeferStreamDirectives.ArgumentValue(include, "if") switch
            {
                null => false,
                BooleanValueNode boolean => !boolean.Value,
                _ => true,
            };
    }
}
