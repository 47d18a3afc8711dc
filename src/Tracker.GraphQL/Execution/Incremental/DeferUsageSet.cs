namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// The deferred fragments a field is delivered with, as an ordered set compared by members (graphql-js keys
/// its plans by set contents, in first-insertion order). Empty means "with its parent", initially the initial result.
/// </summary>
internal sealed class DeferUsageSet
{
    public static readonly DeferUsageSet Empty = new([]);

    private readonly DeferUsage[] _members;

    public DeferUsageSet(DeferUsage[] members) => _members = members;

    public IReadOnlyList<DeferUsage> Members => _members;

    public int Count => _members.Length;

    public bool Contains(DeferUsage usage) => Array.IndexOf(_members, usage) >= 0;

    public bool SetEquals(DeferUsageSet other)
    {
        if (other._members.Length != _members.Length)
        {
            return false;
        }
        foreach (var member in _members)
        {
            if (!other.Contains(member))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The usages a field is delivered with (graphql-js getFilteredDeferUsageSet): none when any of its nodes is not
    /// deferred (it must be in the parent's result), else its usages without those nested inside another of them,
    /// which are delivered with that outer one (so a field is never sent twice).
    /// </summary>
    public static DeferUsageSet Of(FieldGroup group)
    {
        var usages = group.DeferUsages;
        if (usages is null)
        {
            return Empty;
        }
        var distinct = new List<DeferUsage>(usages.Count);
        foreach (var usage in usages)
        {
            if (usage is null)
            {
                return Empty;
            }
            if (!distinct.Contains(usage))
            {
                distinct.Add(usage);
            }
        }
        var filtered = new List<DeferUsage>(distinct.Count);
        foreach (var usage in distinct)
        {
            if (!distinct.Exists(other => usage.HasAncestor(other)))
            {
                filtered.Add(usage);
            }
        }
        return new DeferUsageSet([.. filtered]);
    }
}
