using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields with one response name must be the same field with the same
/// arguments, or live on types that can never coincide, and have mergeable sub-selections. Follows
/// graphql-js 17's algorithm: collected fields and compared fragment pairs are cached, so repeated fragments
/// cost linear rather than exponential work, and a complexity budget bounds the rest.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    public override string Name => "OverlappingFieldsCanBeMerged";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var state = new MergeState(context);
        visitor.Enter<SelectionSetNode>(NodeKind.SelectionSet, selectionSet =>
        {
            if (context.Parent is InlineFragmentNode)
            {
                return;
            }
            if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
            {
                return;
            }
            if (HasOnlyDistinctFields(selectionSet))
            {
                // Nothing to merge: skipping the collection is what graphql-js would conclude, without allocating.
                return;
            }
            foreach (var conflict in state.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(new GraphQLError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2)));
            }
        });
    }

    /// <summary>True when the selection set holds fields only, each under its own response name.</summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > 32)
        {
            return false;
        }
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }
            var key = field.ResponseKey;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition, DirectiveNode? streamDirective)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>The field's @stream, if any: streamed fields never merge with another field of their name.</summary>
        public DirectiveNode? StreamDirective { get; } = streamDirective;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null && streamDirective is null;

        public Dictionary<FieldDetails, bool>? SameArgumentsWith { get; set; }
    }

    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Grouped { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public Dictionary<CollectedFields, List<(string Name, List<FieldDetails> First, List<FieldDetails> Second)>>? Overlapping { get; set; }

        public List<SpreadReference>? SpreadReferences { get; set; }
    }

    /// <summary>A spread of a fragment (null when the fragment is unknown); one per distinct fragment.</summary>
    private sealed class SpreadReference(FragmentSpreadNode node, FragmentDefinitionNode? definition)
    {
        public FragmentSpreadNode Node { get; set; } = node;

        public FragmentDefinitionNode? Definition { get; } = definition;
    }
}
