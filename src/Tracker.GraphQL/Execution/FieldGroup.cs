using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>The fields of a selection set merged under one response key (spec §6.3.2 CollectFields).</summary>
internal sealed class FieldGroup(FieldNode first)
{
    /// <summary>The key the group's nodes share (read from the first: a field group is made for every field of every execution, so it keeps no copy).</summary>
    public string ResponseKey => First.ResponseKey;

    /// <summary>Null while <see cref="First"/> is the only node and nobody asked for the list; then the list.</summary>
    private IReadOnlyList<FieldNode>? _nodes;

    /// <summary>
    /// What only incremental delivery (and a field meeting many runtime types) needs, kept apart so that the usual
    /// field group (collected for every field of every execution) is not made larger by it.
    /// </summary>
    private sealed class IncrementalParts
    {
        public Dictionary<ObjectType, GroupedFieldSet>? SubfieldsByType { get; set; }

        public List<DeferUsage?>? DeferUsages { get; set; }

        public StreamUsage? Stream { get; set; }

        public bool StreamRead { get; set; }
    }

    private IncrementalParts? _incremental;

    public FieldNode First { get; } = first;

    /// <summary>Every node merged under the key: usually just one, kept without a list until there are more.</summary>
    /// <remarks>
    /// The one-node list is made only when asked for (a resolver's context, an error): most groups never are.
    /// </remarks>
    public IReadOnlyList<FieldNode> Nodes => _nodes ??= [First];

    /// <summary>
    /// The <c>@defer</c> each node of <see cref="Nodes"/> was collected under (null: not deferred); null as a whole
    /// when none was, which is every group of a request without <c>@defer</c>.
    /// </summary>
    public IReadOnlyList<DeferUsage?>? DeferUsages => _incremental?.DeferUsages;

    public void AddNode(FieldNode node, DeferUsage? deferUsage)
    {
        var count = _nodes?.Count ?? 1;
        if (_nodes is not List<FieldNode> more)
        {
            more = new List<FieldNode>(2) { First };
            _nodes = more;
        }
        more.Add(node);
        var usages = _incremental?.DeferUsages;
        if (usages is not null || deferUsage is not null)
        {
            if (usages is null)
            {
                usages = new List<DeferUsage?>(count + 1);
                for (var i = 0; i < count; i++)
                {
                    usages.Add(null);
                }
                (_incremental ??= new IncrementalParts()).DeferUsages = usages;
            }
            usages.Add(deferUsage);
        }
    }

    /// <summary>Records the usage of <see cref="First"/>; only called right after creation.</summary>
    public void SetFirstDeferUsage(DeferUsage deferUsage) => (_incremental ??= new IncrementalParts()).DeferUsages = [deferUsage];

    /// <summary>The usage the node at <paramref name="index"/> was collected under, the parent usage of its subfields.</summary>
    public DeferUsage? DeferUsageAt(int index) => _incremental?.DeferUsages?[index];

    /// <summary>
    /// Every runtime type's subfields (see <see cref="GroupedFieldSet.RuntimeType"/>), chained through
    /// <see cref="GroupedFieldSet.NextOfField"/>, the one used last first: list items usually share one runtime type,
    /// and an abstract field meets a few, found without a dictionary (graphql-js memoizes collectSubfields).
    /// </summary>
    public GroupedFieldSet? CollectedSubfields
    {
        // Published whole: a shared group's head is read without its lock by executions running at once.
        get => Volatile.Read(ref _collectedSubfields);
        set => Volatile.Write(ref _collectedSubfields, value);
    }

    private GroupedFieldSet? _collectedSubfields;

    /// <summary>
    /// Whether the group belongs to an operation's <see cref="SharedFieldSets"/>, read by executions running at once:
    /// its subfields are then added under its lock, and it never streams (a shared operation has no <c>@stream</c>).
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>
    /// Where an execution keeps the arguments of a shared group's field (<see cref="OperationExecution"/>), given when
    /// the group is settled if the field takes any; -1 otherwise, and for groups of one execution, which keep them in
    /// <see cref="Arguments"/>.
    /// </summary>
    public int ArgumentSlot { get; set; } = -1;

    /// <summary>The same sets by runtime type, once the chain is long (a union of many types).</summary>
    public Dictionary<ObjectType, GroupedFieldSet>? SubfieldsByType
    {
        get => _incremental?.SubfieldsByType;
        set => (_incremental ??= new IncrementalParts()).SubfieldsByType = value;
    }

    /// <summary>
    /// Arguments coerced once per execution (they depend only on the node and the variables), for
    /// <see cref="Definition"/>: forgotten when the group meets another definition. Never set on a shared group.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>The field's definition on <see cref="DefinitionParent"/>, looked up once instead of once per object.</summary>
    public FieldDefinition? Definition { get; set; }

    public ObjectType? DefinitionParent { get; set; }

    /// <summary>The built-in scalar the field returns (possibly non-null), if it returns one.</summary>
    public ScalarType? BuiltInScalar { get; set; }

    /// <summary>
    /// Set when the field returns a built-in scalar, has no arguments and is read by the built-in resolver:
    /// such a field's plain value needs no resolver context, no path and no completion machinery.
    /// </summary>
    public bool IsPlainLeaf { get; set; }

    /// <summary>The built-in scalar of a plain leaf (see <see cref="IsPlainLeaf"/>), else null.</summary>
    public ScalarType? PlainLeaf => IsPlainLeaf ? BuiltInScalar : null;

    /// <summary>Whether the field returns a scalar or an enum (possibly non-null): nothing below it needs its path.</summary>
    public bool ReturnsLeaf { get; set; }

    /// <summary>
    /// The built-in default resolver's read of this field for the last source type seen: list items usually
    /// share one CLR type, so the per-type lookup happens once per field instead of once per item.
    /// </summary>
    public MemberReader? Reader { get; set; }

    /// <summary>The field's <c>@stream</c>, once read (the arguments depend only on the variables, so once per execution).</summary>
    public bool TryGetStream(out StreamUsage? stream)
    {
        stream = _incremental?.Stream;
        return _incremental?.StreamRead == true;
    }

    public void SetStream(StreamUsage? stream)
    {
        var parts = _incremental ??= new IncrementalParts();
        parts.Stream = stream;
        parts.StreamRead = true;
    }

    /// <summary>
    /// The same nodes collected under no <c>@defer</c>, for a streamed list's later items: graphql-js completes
    /// them afresh, outside the deferred fragments of the list itself. Definition caches are carried over.
    /// </summary>
    public FieldGroup WithoutDeferUsages()
    {
        var copy = new FieldGroup(First)
        {
            Definition = Definition,
            DefinitionParent = DefinitionParent,
            ReturnsLeaf = ReturnsLeaf,
            BuiltInScalar = BuiltInScalar,
            IsPlainLeaf = IsPlainLeaf,
            Arguments = Arguments,
        };
        var nodes = Nodes;
        for (var i = 1; i < nodes.Count; i++)
        {
            copy.AddNode(nodes[i], null);
        }
        return copy;
    }
}
