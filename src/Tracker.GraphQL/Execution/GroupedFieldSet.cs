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

    private List<(DeferUsageSet Parent, ExecutionPlan Plan)>? _plans;

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
    public List<DeferUsage>? NewDeferUsages { get; set; }

    /// <summary>Fragments visited while collecting (spec §6.3.2 visitedFragments), made on first use.</summary>
    public HashSet<string>? VisitedFragments { get; set; }

    /// <summary>Fragments visited under a <c>@defer</c>: by name, the defer directives they were visited under.</summary>
    public Dictionary<string, HashSet<DirectiveNode>>? VisitedDeferredFragments { get; set; }

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
        if (_plans is not null)
        {
            foreach (var (known, plan) in _plans)
            {
                if (ReferenceEquals(known, parent))
                {
                    return plan;
                }
            }
        }
        var built = ExecutionPlan.Build(this, parent);
        (_plans ??= []).Add((parent, built));
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
