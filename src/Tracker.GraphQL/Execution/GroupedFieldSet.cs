using System.Text.Json;
using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>An ordered set of response keys with their field groups.</summary>
internal sealed class GroupedFieldSet
{
    // Selection sets are small: keys are found by a linear scan until there are enough to justify a table.
    private const int IndexThreshold = 12;

    private Dictionary<string, FieldGroup>? _byKey;

    private string[]? _keys;

    /// <summary>Null until a result object of this set is written, empty after the first, then the keys as JSON text.</summary>
    private JsonEncodedText[]? _encodedKeys;

    /// <summary>What only <c>@defer</c> needs, kept apart so that the usual set is not made larger by it.</summary>
    private sealed class IncrementalParts
    {
        public List<DeferUsage>? NewDeferUsages { get; set; }

        public Dictionary<string, HashSet<DirectiveNode>>? VisitedDeferredFragments { get; set; }

        public List<(DeferUsageSet Parent, ExecutionPlan Plan)>? Plans { get; set; }
    }

    private IncrementalParts? _incremental;

    /// <summary>The groups while they are collected: a pooled buffer, so that growing it leaves nothing behind.</summary>
    private FieldGroup[] _collecting = [];

    private int _count;

    private FieldGroup[]? _groups;

    /// <summary>The groups in order, exactly as many as there are; the set takes no more groups once this is read.</summary>
    public FieldGroup[] Groups => _groups ?? Seal();

    private FieldGroup[] Seal()
    {
        var groups = _count == 0 ? [] : _collecting.AsSpan(0, _count).ToArray();
        if (_collecting.Length > 0)
        {
            System.Buffers.ArrayPool<FieldGroup>.Shared.Return(_collecting, clearArray: true);
            _collecting = [];
        }
        _groups = groups;
        _byKey = null;
        return groups;
    }

    /// <summary>Whether the set is collected for an operation's <see cref="SharedFieldSets"/> (and so its groups are).</summary>
    public bool Shared { get; init; }

    /// <summary>The object type these are the subfields of (null for a root set, which is collected once).</summary>
    public ObjectType? RuntimeType { get; init; }

    /// <summary>The field group's subfields for another runtime type (see <see cref="FieldGroup.CollectedSubfields"/>).</summary>
    public GroupedFieldSet? NextOfField { get; set; }

    /// <summary>The response keys in order, shared by every result object of this selection set.</summary>
    public string[] Keys
    {
        get
        {
            if (_keys is null)
            {
                var groups = Groups;
                var keys = new string[groups.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = groups[i].ResponseKey;
                }
                _keys = keys;
            }
            return _keys;
        }
    }

    /// <summary>
    /// The keys as JSON text for the second and later result objects written with them (null for the first: a set that
    /// completes one object, the usual root, would only pay for the array), encoded once per set, so a list's items no
    /// longer each transcode every key to UTF-8 and search it for characters to escape; a set shared by an operation's
    /// executions (<see cref="SharedFieldSets"/>) keeps them for all of them. Two writers meeting here (two responses
    /// of a shared set written at once) would each only make the same array.
    /// </summary>
    public JsonEncodedText[]? EncodedKeys()
    {
        var encoded = _encodedKeys;
        if (encoded is null)
        {
            _encodedKeys = [];
            return null;
        }
        if (encoded.Length == 0)
        {
            var groups = Groups;
            if (groups.Length == 0)
            {
                return null;
            }
            encoded = new JsonEncodedText[groups.Length];
            for (var i = 0; i < encoded.Length; i++)
            {
                encoded[i] = JsonEncodedText.Encode(groups[i].ResponseKey);
            }
            _encodedKeys = encoded;
        }
        return encoded;
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

    /// <summary>Forgets the fragments visited, giving their set back to the execution: collection is over.</summary>
    public void EndCollection(ValidatedExecutionArgs context)
    {
        if (VisitedFragments is { } visited)
        {
            context.ReturnVisitedFragments(visited);
        }
        VisitedFragments = null;
        Seal();
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
        var group = new FieldGroup(field) { Shared = Shared };
        if (deferUsage is not null)
        {
            group.SetFirstDeferUsage(deferUsage);
        }
        AddGroup(group);
    }

    /// <summary>Adds a group collected elsewhere (a part of a set split by an execution plan).</summary>
    public void AddGroup(FieldGroup group)
    {
        if (_groups is not null)
        {
            throw new InvalidOperationException("The field set was read: it takes no more groups.");
        }
        if (_count == _collecting.Length)
        {
            var larger = System.Buffers.ArrayPool<FieldGroup>.Shared.Rent(Math.Max(16, _count * 2));
            _collecting.AsSpan(0, _count).CopyTo(larger);
            if (_collecting.Length > 0)
            {
                System.Buffers.ArrayPool<FieldGroup>.Shared.Return(_collecting, clearArray: true);
            }
            _collecting = larger;
        }
        _collecting[_count++] = group;
        if (_byKey is not null)
        {
            _byKey[group.ResponseKey] = group;
        }
        else if (_count > IndexThreshold)
        {
            _byKey = new Dictionary<string, FieldGroup>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _byKey[_collecting[i].ResponseKey] = _collecting[i];
            }
        }
    }

    /// <summary>
    /// The plan splitting this set for an executor delivering <paramref name="parent"/>, made once per parent set
    /// (graphql-js memoizes buildExecutionPlan by set and parent).
    /// </summary>
    public ExecutionPlan PlanFor(DeferUsageSet parent)
    {
        var parts = _incremental;
        if (parts is null)
        {
            parts = new IncrementalParts();
            parts = Interlocked.CompareExchange(ref _incremental, parts, null) ?? parts;
        }
        // Under a lock: a shared set is planned by executions running at once.
        lock (parts)
        {
            var plans = parts.Plans ??= [];
            foreach (var (known, plan) in plans)
            {
                if (ReferenceEquals(known, parent))
                {
                    return plan;
                }
            }
            var built = ExecutionPlan.Build(this, parent);
            // Sealed before they are kept: sealing gives a pooled buffer back, which must happen exactly once.
            _ = built.Now.Groups;
            foreach (var (_, deferred) in built.Deferred)
            {
                _ = deferred.Groups;
            }
            plans.Add((parent, built));
            return built;
        }
    }

    private FieldGroup? Find(string key)
    {
        if (_byKey is not null)
        {
            return _byKey.GetValueOrDefault(key);
        }
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_collecting[i].ResponseKey, key, StringComparison.Ordinal))
            {
                return _collecting[i];
            }
        }
        return null;
    }
}
