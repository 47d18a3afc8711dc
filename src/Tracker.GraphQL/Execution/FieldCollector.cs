using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// CollectFields with @skip/@include and fragment type conditions (spec §6.3.2), and with graphql-js 17's
/// <c>@defer</c>: each field remembers the active <c>@defer</c> it was reached under, and the set records the
/// <c>@defer</c>s it met. Like graphql-js, <c>@defer</c> is recognised by name with its standard arguments whether or
/// not the schema declares it (an undeclared one can only come from a document that skipped validation).
/// </summary>
internal static class FieldCollector
{
    public static GroupedFieldSet Collect(ValidatedExecutionArgs context, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var fields = new GroupedFieldSet { Shared = context.SharedFields is not null };
        Visit(context, runtimeType, selectionSet, fields, null);
        fields.EndCollection(context);
        return fields;
    }

    public static GroupedFieldSet CollectSubfields(ValidatedExecutionArgs context, ObjectType runtimeType, FieldGroup group)
    {
        var nodes = group.Nodes;
        var fields = new GroupedFieldSet { RuntimeType = runtimeType, Shared = group.Shared };
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].SelectionSet is { } selectionSet)
            {
                // Subfields belong to the deferred fragment their field was collected under (graphql-js collectSubfields).
                Visit(context, runtimeType, selectionSet, fields, group.DeferUsageAt(i));
            }
        }
        fields.EndCollection(context);
        return fields;
    }

    private static void Visit(ValidatedExecutionArgs context, ObjectType runtimeType, SelectionSetNode selectionSet, GroupedFieldSet fields, DeferUsage? deferUsage)
    {
        // Indexed rather than foreach: the selections are an interface-typed list, whose enumerator would be boxed.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    if (ShouldInclude(context, field.Directives))
                    {
                        fields.Add(field, deferUsage);
                    }
                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(context, inline.Directives) && DoesConditionMatch(context.Schema, inline.TypeCondition, runtimeType))
                    {
                        var newDeferUsage = DeferUsageOf(context, inline.Directives, deferUsage);
                        if (newDeferUsage is not null)
                        {
                            fields.AddNewDeferUsage(newDeferUsage);
                        }
                        Visit(context, runtimeType, inline.SelectionSet, fields, newDeferUsage ?? deferUsage);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!ShouldInclude(context, spread.Directives)
                        || !context.Fragments.TryGetValue(name, out var fragment)
                        || !DoesConditionMatch(context.Schema, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }
                    var spreadDeferUsage = DeferUsageOf(context, spread.Directives, deferUsage);
                    var effective = spreadDeferUsage ?? deferUsage;
                    if (!MarkVisited(context, fields, name, effective?.Directive))
                    {
                        continue;
                    }
                    if (spreadDeferUsage is not null)
                    {
                        fields.AddNewDeferUsage(spreadDeferUsage);
                    }
                    Visit(context, runtimeType, fragment.SelectionSet, fields, effective);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a fragment is to be collected now: once outside any <c>@defer</c> (which makes every later visit
    /// redundant), and otherwise once per <c>@defer</c> directive it is reached under (graphql-js visitedFragmentNames).
    /// </summary>
    private static bool MarkVisited(ValidatedExecutionArgs context, GroupedFieldSet fields, string name, DirectiveNode? deferDirective)
    {
        if (fields.VisitedFragments?.Contains(name) == true)
        {
            return false;
        }
        if (deferDirective is null)
        {
            (fields.VisitedFragments ??= context.RentVisitedFragments()).Add(name);
            return true;
        }
        var visited = fields.VisitedDeferredFragments;
        if (!visited.TryGetValue(name, out var directives))
        {
            directives = new HashSet<DirectiveNode>(ReferenceEqualityComparer.Instance);
            visited.Add(name, directives);
        }
        return directives.Add(deferDirective);
    }

    /// <summary>The fragment's <c>@defer</c> unless absent or turned off by <c>if: false</c> (graphql-js getDeferUsage).</summary>
    private static DeferUsage? DeferUsageOf(ValidatedExecutionArgs context, IReadOnlyList<DirectiveNode> directives, DeferUsage? parent)
    {
        if (directives.Count == 0)
        {
            return null;
        }
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "defer")
            {
                continue;
            }
            var arguments = Values.GetArgumentValues(IncrementalDirectives.Defer.Arguments, directive, directive.Arguments, context.Variables);
            if (arguments.GetValueOrDefault("if") is false)
            {
                return null;
            }
            return new DeferUsage(arguments.GetValueOrDefault("label") as string, directive, parent);
        }
        return null;
    }

    private static bool ShouldInclude(ValidatedExecutionArgs context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }
        var skip = Values.GetDirectiveValues(SpecifiedDirectives.Skip, directives, context.Variables, context.HideSuggestions);
        if (skip is not null && skip.GetValueOrDefault("if") is true)
        {
            return false;
        }
        var include = Values.GetDirectiveValues(SpecifiedDirectives.Include, directives, context.Variables, context.HideSuggestions);
        return include is null || include.GetValueOrDefault("if") is not false;
    }

    private static bool DoesConditionMatch(GraphQLSchema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }
        var conditionalType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }
        return conditionalType is not null && conditionalType.IsAbstractType() && schema.IsSubType(conditionalType, type);
    }
}
