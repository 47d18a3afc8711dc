using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// What rules see while a document is validated: the schema (null for SDL without a schema to extend),
/// the document, the type information at the current node, its ancestors, and cached facts about fragments
/// and variable usages (graphql-js ValidationContext / SDLValidationContext).
/// </summary>
public sealed class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursivelyReferenced = new(StringComparer.Ordinal);
    private readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlyList<FragmentDefinitionNode>, List<VariableUsage>> _fragmentVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(GraphQLSchema? schema, DocumentNode document, TypeInfo? typeInfo, Action<GraphQLError> onError, bool hideSuggestions, bool allowEmptySelectionSets)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _onError = onError;
        HideSuggestions = hideSuggestions;
        AllowEmptySelectionSets = allowEmptySelectionSets;
    }

    /// <summary>The schema; for SDL validation, the schema being extended, if any.</summary>
    public GraphQLSchema? Schema { get; }

    public DocumentNode Document { get; }

    public bool HideSuggestions { get; }

    public bool AllowEmptySelectionSets { get; }

    internal TypeInfo? TypeInfo { get; }

    /// <summary>Nodes from the document down to the current node's parent.</summary>
    public IReadOnlyList<Node> Ancestors { get; internal set; } = [];

    public Node? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    /// <summary>The top-level definition containing the current node.</summary>
    public Node? CurrentDefinition => Ancestors.Count > 1 ? Ancestors[1] : Parent;

    public IGraphQLType? Type => TypeInfo?.Type;

    public NamedType? ParentType => TypeInfo?.ParentType;

    public IGraphQLType? InputType => TypeInfo?.InputType;

    public IGraphQLType? ParentInputType => TypeInfo?.ParentInputType;

    public FieldDefinition? FieldDefinition => TypeInfo?.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo?.Directive;

    public ArgumentDefinition? Argument => TypeInfo?.Argument;

    public void ReportError(GraphQLError error) => _onError(error);

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set, at any depth outside other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            // Indexed: the selections are an interface-typed list, whose enumerator would be boxed.
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations use, directly or through other fragments, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        // The cache is keyed by the set of directly spread names, whatever their order (graphql-js's SetMap).
        var sortedNames = names.ToArray();
        Array.Sort(sortedNames, StringComparer.Ordinal);
        var key = string.Join('\u0001', sortedNames);
        if (_recursivelyReferenced.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        _recursivelyReferenced[key] = fragments;
        return fragments;
    }

    /// <summary>Variables used in an operation or fragment (not in nested fragments), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }
        var usages = new List<VariableUsage>();
        if (Schema is not null)
        {
            new VariableUsageCollector(Schema, usages).Walk(node);
        }
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>Variables used in an operation and every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        // Operations spreading the same set of fragments share one fragment list, hence one list of usages
        // (graphql-js caches and charges the work the same way, so "Validation aborted." comes at the same point).
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _fragmentVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        var operationUsages = GetVariableUsages(operation);
        var usages = new List<VariableUsage>(operationUsages.Count + fragmentUsages.Count);
        usages.AddRange(operationUsages);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges fragment-related work; beyond the budget validation stops ("Validation aborted.").</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    /// <summary>Walks one operation or fragment collecting variable uses, skipping variable definitions.</summary>
    private sealed class VariableUsageCollector(GraphQLSchema schema, List<VariableUsage> usages) : AstVisitor
    {
        private readonly TypeInfo _typeInfo = new(schema);

        protected override bool Enter(Node node)
        {
            if (Ancestors.Count > ValidationWalker.DeepNesting)
            {
                StackGuard.Ensure();
            }
            _typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                _typeInfo.Leave(node);
                return false;
            }
            if (node is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.HasDefaultValue));
            }
            return true;
        }

        protected override void Leave(Node node) => _typeInfo.Leave(node);
    }
}
