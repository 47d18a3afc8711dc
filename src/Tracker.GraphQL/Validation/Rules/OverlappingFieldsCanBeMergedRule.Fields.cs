using System.Text;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

// Comparing two fields, and collecting the fields of selection sets and fragments.
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class MergeState
    {
        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            StackGuard.Ensure();
            var node1 = field1.Node;
            var node2 = field2.Node;
            // Fields on two different object types can never both apply to one object.
            var mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf
                && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
                && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }
            if (!mutuallyExclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [node1], [node2]);
                }
                if (!SameArguments(field1, field2))
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }
            if (field1.StreamDirective is not null || field2.StreamDirective is not null)
            {
                // Incremental delivery cannot merge a streamed field with another selection of the same key.
                var reason = "they have overlapping stream directives";
                if (field1.StreamDirective is { } stream1 && field2.StreamDirective is { } stream2
                    && CompareArguments(stream1.Arguments, stream2.Arguments))
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }
                return new Conflict(responseName, reason, [node1], [node2]);
            }
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }
            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    mutuallyExclusive,
                    type1?.GetNamedType(),
                    selectionSet1,
                    type2?.GetNamedType(),
                    selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }
            return null;
        }

        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }
            Spend(1);
            if (type1 is ListType list1)
            {
                return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }
            if (type2 is ListType)
            {
                return true;
            }
            if (type1 is NonNullType nonNull1)
            {
                return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }
            if (type2 is NonNullType)
            {
                return true;
            }
            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }
            return false;
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? string.Empty : " and ")
                    .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }
            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, c => c.Fields1),
                ConflictNodes(node2, conflicts, c => c.Fields2));
        }

        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }
            return nodes;
        }

        private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue((parentType, selectionSet), out var cached))
            {
                return cached;
            }
            var collected = new CollectedFields();
            CollectInto(parentType, selectionSet, collected);
            _collected[(parentType, selectionSet)] = collected;
            return collected;
        }

        private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
            Collect(TypeComparators.TypeFromAst(context.Schema!, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
        {
            // Indexed: the selections are an interface-typed list, whose enumerator would be boxed.
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FieldNode field:
                        var definition = parentType is FieldsType fieldsType ? fieldsType.GetField(field.Name.Value) : null;
                        var responseName = field.ResponseKey;
                        if (!collected.Grouped.TryGetValue(responseName, out var list))
                        {
                            list = [];
                            collected.Grouped[responseName] = list;
                        }
                        list.Add(new FieldDetails(parentType, field, definition, DeferStreamDirectives.Find(field.Directives, DeferStreamDirectives.Stream)));
                        break;
                    case FragmentSpreadNode spread:
                        collected.Spreads.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition
                            ? TypeComparators.TypeFromAst(context.Schema!, condition) as NamedType
                            : parentType;
                        CollectInto(inlineType, inline.SelectionSet, collected);
                        break;
                }
            }
        }

        /// <summary>The distinct fragments a selection set spreads (the last spread node of each is kept).</summary>
        private List<SpreadReference> SpreadsOf(CollectedFields collected)
        {
            if (collected.SpreadReferences is { } cached)
            {
                return cached;
            }
            // A selection set usually spreads a few fragments: a linear search finds an earlier spread of the same
            // one without a dictionary, which is made only for many spreads (the search would be quadratic).
            const int LinearSearchLimit = 16;
            Dictionary<object, SpreadReference>? byDefinition = null;
            var result = new List<SpreadReference>(collected.Spreads.Count);
            foreach (var node in collected.Spreads)
            {
                Spend(1);
                var definition = context.GetFragment(node.Name.Value);
                var key = (object?)definition ?? UnknownFragment;
                if (byDefinition is null && result.Count == LinearSearchLimit)
                {
                    byDefinition = new Dictionary<object, SpreadReference>(ReferenceEqualityComparer.Instance);
                    foreach (var known in result)
                    {
                        byDefinition[(object?)known.Definition ?? UnknownFragment] = known;
                    }
                }
                var previous = byDefinition is not null ? byDefinition.GetValueOrDefault(key) : FindSpread(result, definition);
                if (previous is not null)
                {
                    previous.Node = node;
                    continue;
                }
                var reference = new SpreadReference(node, definition);
                byDefinition?.Add(key, reference);
                result.Add(reference);
            }
            collected.SpreadReferences = result;
            return result;
        }

        private static SpreadReference? FindSpread(List<SpreadReference> references, FragmentDefinitionNode? definition)
        {
            foreach (var reference in references)
            {
                if (ReferenceEquals(reference.Definition, definition))
                {
                    return reference;
                }
            }
            return null;
        }
    }
}
