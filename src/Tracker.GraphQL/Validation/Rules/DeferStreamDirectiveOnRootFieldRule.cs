using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery (graphql-js 17): the root fields of a mutation or subscription must not be deferred
/// or streamed, since mutations run serially and a subscription event is a single result.
/// </summary>
internal sealed class DeferStreamDirectiveOnRootFieldRule : ValidationRule
{
    public override string Name => "DeferStreamDirectiveOnRootField";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        // Fragments already found valid under some root need no second look (graphql-js caches them the same way).
        var checkedFragments = new HashSet<string>(StringComparer.Ordinal);
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (operation.Operation == OperationType.Query || context.Schema!.GetRootType(operation.Operation) is not { } rootType)
            {
                return;
            }
            var walk = new Walk(context, operation.Operation.Keyword(), rootType, checkedFragments);
            if (walk.Forbid(operation.SelectionSet))
            {
                checkedFragments.UnionWith(walk.VisitedFragments);
            }
        });
    }

    private sealed class Walk(ValidationContext context, string operationType, ObjectType rootType, HashSet<string> checkedFragments)
    {
        public HashSet<string> VisitedFragments { get; } = new(StringComparer.Ordinal);

        /// <summary>Reports every @stream on a root field and @defer on a root fragment; true when none was found.</summary>
        public bool Forbid(SelectionSetNode selectionSet)
        {
            StackGuard.Ensure();
            var valid = true;
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                switch (selection)
                {
                    case FieldNode field:
                        if (DeferStreamDirectives.Find(field.Directives, DeferStreamDirectives.Stream) is { } stream)
                        {
                            valid = false;
                            Report("Stream", stream);
                        }
                        break;
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (!VisitedFragments.Add(fragmentName) || context.GetFragment(fragmentName) is not { } fragment)
                        {
                            continue;
                        }
                        if (DeferStreamDirectives.Find(spread.Directives, DeferStreamDirectives.Defer) is { } spreadDefer)
                        {
                            valid = false;
                            Report("Defer", spreadDefer);
                        }
                        if (!checkedFragments.Contains(fragmentName))
                        {
                            valid = Forbid(fragment.SelectionSet) && valid;
                        }
                        break;
                    case InlineFragmentNode inline:
                        if (DeferStreamDirectives.Find(inline.Directives, DeferStreamDirectives.Defer) is { } inlineDefer)
                        {
                            valid = false;
                            Report("Defer", inlineDefer);
                        }
                        valid = Forbid(inline.SelectionSet) && valid;
                        break;
                }
            }
            return valid;
        }

        private void Report(string directive, DirectiveNode node) =>
            context.ReportError(new GraphQLError($"{directive} directive cannot be used on root {operationType} type \"{rootType.Name}\".", node));
    }
}
