using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Execution;

/// <summary>An ordered set of response keys with their field groups.</summary>
internal sealed class GroupedFieldSet
{
    // Selection sets are small: keys are found by a linear scan until there are enough to justify a table.
    private const int IndexThreshold = 12;

    private Dictionary<string, FieldGroup>? _byKey;

    private string[]? _keys;

    /// <summary>What only <c>@defer</c> needs, kept apart so that the usual set is not made larger by it.</summary>
    private sealed class IncrementalParts
    {
        public List<DeferUsage>? NewDeferUsages { get; set; }

        public Dictionary<string, HashSet<DirectiveNode>>? VisitedDeferredFragments { get; set; }

        public List<(DeferUsageSet Parent, ExecutionPlan Plan)>? Plans { get; set; }
    }

    private IncrementalParts? _incremental;

    public List<FieldGroup> Groups { get; } = [];

    /// <summary>The response keys in order, shared by every result object of this selection set.</summary>
    public string[] Keys
    {
        get
        {
            if (_keys is null)
            {
                var keys = new string[Groups.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = Groups[i].ResponseKey;
                }
                _keys = keys;
            }
            return _keys;
        }
    }

    /// <summary>
    /// The <c>@defer</c>s met while collecting this set, in document order (graphql-js newDeferUsages); null when
    /// none was active, which keeps requests without incremental delivery on the plain path.
    /// </summary>
    public List<DeferUsage>? NewDeferUsages => _incremental?.NewDeferUsages;

    public void AddNewDeferUsage(DeferUsage usage) => ((_incremental ??= new IncrementalParts()).NewDeferUsages ??= []).Add(usage);

    /// <summary>Fragments visited while collecting (spec §6.3.2 visitedFragments), made on first use.</summary>
    public HashSet<string>? VisitedFragments { get; set; }

    /// <summary>Fragments visited under a <c>@defer</c>: by name, the defer directives they were visited under.</summary>
    public Dictionary<string, HashSet<DirectiveNode>> VisitedDeferredFragments =>
        (_incremental ??= new IncrementalParts()).VisitedDeferredFragments ??= new Dictionary<string, HashSet<DirectiveNode>>(StringComparer.Ordinal);

    /// <summary>Forgets the fragments visited: collection is over.</summary>
    public void EndCollection()
    {
        VisitedFragments = null;
        if (_incremental is not null)
        {
            _incremental.VisitedDeferredFragments = null;
        }
    }

    public void Add(FieldNode field, DeferUsage? deferUsage)
    {
        var key = field.ResponseKey;
        if (Find(key) is { } existing)
        {
            existing.AddNode(field, deferUsage);
            return;
        }
        var group = new FieldGroup(key, field);
        if (deferUsage is not null)
        {
            group.SetFirstDeferUsage(deferUsage);
        }
        AddGroup(group);
    }

    /// <summary>Adds a group collected elsewhere (a part of a set split by an execution plan).</summary>
    public void AddGroup(FieldGroup group)
    {
        Groups.Add(group);
        if (_byKey is not null)
        {
            _byKey[group.ResponseKey] = group;
        }
        else if (Groups.Count > IndexThreshold)
        {
            _byKey = new Dictionary<string, FieldGroup>(Groups.Count * 2, StringComparer.Ordinal);
            foreach (var each in Groups)
            {
                _byKey[each.ResponseKey] = each;
            }
        }
    }

    /// <summary>
    /// The plan splitting this set for an executor delivering <paramref name="parent"/>, made once per parent set
    /// (graphql-js memoizes buildExecutionPlan by set and parent).
    /// </summary>
    public ExecutionPlan PlanFor(DeferUsageSet parent)
    {
        var plans = (_incremental ??= new IncrementalParts()).Plans ??= [];
        foreach (var (known, plan) in plans)
        {
            if (ReferenceEquals(known, parent))
            {
                return plan;
            }
        }
        var built = ExecutionPlan.Build(this, parent);
        plans.Add((parent, built));
        return built;
    }

    private FieldGroup? Find(string key)
    {
        if (_byKey is not null)
        {
            return _byKey.GetValueOrDefault(key);
        }
        foreach (var group in Groups)
        {
            if (string.Equals(group.ResponseKey, key, StringComparison.Ordinal))
            {
                return group;
            }
        }
        return null;
    }
}
